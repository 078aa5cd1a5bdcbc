using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Framing;

/// <summary>How the outlets label one actor.</summary>
public sealed record FramingRow(string EntityId, ImmutableArray<FramingLabel> Labels)
{
    /// <summary>The actor × outlet framing table.</summary>
    public static readonly SectionKey<ImmutableArray<FramingRow>> Section = new("framing");
}

/// <summary>One label of an actor, with the articles that use it.</summary>
/// <param name="InQuote">True when the label is a quoted speaker's word, not the outlet's own voice.</param>
/// <param name="Loaded">True when the label carries a loaded word ("regime", "self-proclaimed"...).</param>
public sealed record FramingLabel(string Label, ImmutableArray<string> ArticleIds, bool InQuote, bool Loaded, ImmutableArray<Citation> Citations);
