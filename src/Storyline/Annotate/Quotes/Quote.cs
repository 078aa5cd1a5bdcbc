using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// One attributed utterance in an article: what was said (<see cref="Content"/>), the words that mark it
/// as said (<see cref="Cue"/>: "said", "according to", a colon) and who said it.
/// </summary>
/// <param name="Content">The quoted or reported words; for direct quotes including the quotation marks.</param>
/// <param name="Cue">The attribution verb or phrase; empty when the quote stands without one (a continuation).</param>
/// <param name="Speaker">The speaker as written at this quote ("he", "the Venezuelan president", "Maduro"); empty when unknown.</param>
/// <param name="ResolvedSpeaker">The named mention the speaker stands for: the name itself, or the name a pronoun or role
/// resolves to; empty when unresolved.</param>
/// <param name="Direct">True when the content starts with a quotation mark (verbatim words).</param>
public sealed record Quote(TextSpan Content, TextSpan Cue, TextSpan Speaker, TextSpan ResolvedSpeaker, bool Direct)
{
    public static readonly LayerKey<Quote> Layer = new("quotes");

    /// <summary>Further parts of the same utterance after an interrupting attribution ("…," he said. "…")
    /// or in following paragraphs of a multi-paragraph quote. Empty for single-span quotes.</summary>
    public ImmutableArray<TextSpan> Continuation { get; init; } = ImmutableArray<TextSpan>.Empty;

    /// <summary><see cref="Content"/> followed by the <see cref="Continuation"/> parts, in text order.</summary>
    public IEnumerable<TextSpan> Parts
    {
        get
        {
            yield return Content;
            foreach (var part in Continuation) yield return part;
        }
    }

    public bool HasSpeaker => !Speaker.IsEmpty;
}
