using System.Collections.Immutable;
using Storyline.Annotate.Figures;

namespace Storyline.Compare.Facts;

/// <summary>Two ledger items that contradict each other, and how.</summary>
/// <param name="Kind"><c>figure</c> (different numbers for one quantity), <c>polarity</c> (one says it happened, one that it did not) or <c>date</c>.</param>
/// <param name="Description">One plain sentence for readers, e.g. "14 people vs 20 people".</param>
/// <param name="FactA">Id of one fact of the ledger (the one listed first).</param>
/// <param name="FactB">Id of the other.</param>
public sealed record Conflict(string Kind, string Description, string FactA, string FactB)
{
    /// <summary>For a figure conflict, the two figures set against each other (of <see cref="FactA"/>'s claim, then of
    /// <see cref="FactB"/>'s), so the figure ledger does not list the same difference again; empty otherwise.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = ImmutableArray<Figure>.Empty;
}
