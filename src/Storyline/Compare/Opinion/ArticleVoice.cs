using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Compare.Opinion;

/// <summary>What kind of piece an article is: a report of events, or a writer's argument or interpretation.</summary>
public enum ArticleKind { News, Opinion, Analysis }

/// <summary>One sign of an article's kind.</summary>
/// <param name="Source">Where it was read: <c>metadata</c> (section, genre, keywords), <c>url</c>, <c>headline</c> or
/// <c>body</c>.</param>
/// <param name="Description">What was found, for readers ("section: Opinion", "evaluative headline: verdict").</param>
/// <param name="Strong">True when this cue alone decides the kind (the source files the piece as opinion or analysis);
/// weak cues decide only together.</param>
/// <param name="Citations">The body sentences that show it; empty for metadata, URL and headline cues.</param>
public sealed record KindCue(string Source, string Description, bool Strong, ImmutableArray<Citation> Citations);

/// <summary>A sentence the outlet writes in its own voice with loaded language.</summary>
/// <param name="Sentence">The whole sentence.</param>
/// <param name="Reason">Why: <c>label</c> (a loaded label the framing table lists, outside quotation marks) or <c>model</c>
/// (the loaded-language model flags the sentence and a loaded word of it stands outside quoted or reported speech).</param>
/// <param name="Words">The loaded words, in the outlet's voice, that decided it.</param>
public sealed record LoadedSentence(Citation Sentence, string Reason, ImmutableArray<string> Words);

/// <summary>An article's kind with the cues that decided it, and the sentences it writes in loaded language.</summary>
public sealed record ArticleVoice(string ArticleId, ArticleKind Kind, ImmutableArray<KindCue> Cues, ImmutableArray<LoadedSentence> Loaded)
{
    /// <summary>One entry per article of the story (in the story's order).</summary>
    public static readonly SectionKey<ImmutableArray<ArticleVoice>> Section = new("voices");

    /// <summary>True when the piece argues or interprets: it never supplies a sentence the summary narrates.</summary>
    public bool IsOpinionOrAnalysis => Kind is ArticleKind.Opinion or ArticleKind.Analysis;

    public static string KindName(ArticleKind kind) => kind switch
    {
        ArticleKind.News => "news",
        ArticleKind.Opinion => "opinion",
        ArticleKind.Analysis => "analysis",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
