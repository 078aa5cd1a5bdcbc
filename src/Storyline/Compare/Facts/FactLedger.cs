using System.Collections.Immutable;
using Storyline.Stories;

namespace Storyline.Compare.Facts;

/// <summary>The story's fact ledger: every claim merged across the articles that tell it, and the pairs that contradict each other.</summary>
/// <param name="Conflicts">Pairs of ledger items that contradict each other (indexes into <paramref name="Facts"/>).</param>
public sealed record FactLedger(ImmutableArray<Fact> Facts, ImmutableArray<Conflict> Conflicts)
{
    public static readonly SectionKey<FactLedger> Section = new("facts");

    public static FactLedger Empty { get; } = new([], []);
}
