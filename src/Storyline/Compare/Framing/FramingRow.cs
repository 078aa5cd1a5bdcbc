using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Framing;

/// <summary>How the outlets label one actor, the verbs they use for what it did, and where they differ.</summary>
public sealed record FramingRow(string EntityId, ImmutableArray<FramingLabel> Labels)
{
    /// <summary>The actor × outlet framing table.</summary>
    public static readonly SectionKey<ImmutableArray<FramingRow>> Section = new("framing");

    /// <summary>The verbs (and adverbs on them) the articles use for what the actor said or did, as its subject.</summary>
    public ImmutableArray<FramingVerb> Verbs { get; init; } = [];

    /// <summary>How the outlets differ on this actor, or null when they do not.</summary>
    public FramingContrast? Contrast { get; init; }
}

/// <summary>One label of an actor, with the articles that use it.</summary>
/// <param name="InQuote">True when the label is a quoted speaker's word, not the outlet's own voice.</param>
/// <param name="Loaded">True when the label carries a loaded word ("regime", "self-proclaimed"...).</param>
public sealed record FramingLabel(string Label, ImmutableArray<string> ArticleIds, bool InQuote, bool Loaded, ImmutableArray<Citation> Citations);

/// <summary>One verb used for what an actor said or did, with the articles that use it.</summary>
/// <param name="Lemma">The verb's base form ("claim"): the same verb in any tense is one entry.</param>
/// <param name="Verb">As written most often, with its adverb ("flatly denied", "insists").</param>
/// <param name="Adverb">The adverb on the verb ("flatly"), or null.</param>
/// <param name="InQuote">True when the verb stands inside a quote or reported speech: a speaker's word, not the outlet's.</param>
/// <param name="Loaded">True when the verb or its adverb carries a judgement ("claimed", "admitted", "falsely said").</param>
public sealed record FramingVerb(string Lemma, string Verb, string? Adverb, ImmutableArray<string> ArticleIds, bool InQuote, bool Loaded, ImmutableArray<Citation> Citations);

/// <summary>
/// Where the outlets part ways on one actor, in the outlet's own voice: the labels when the outlets that label the actor do
/// not all use the same ones; the verbs when they do not all use the same ones and one of them is loaded. Each side lists the
/// articles behind it; renderers name the outlets.
/// </summary>
public sealed record FramingContrast(ImmutableArray<FramingChoice> Labels, ImmutableArray<FramingChoice> Verbs);

/// <summary>One side of a contrast: a label or verb and the articles using it.</summary>
public sealed record FramingChoice(string Text, bool Loaded, ImmutableArray<string> ArticleIds);
