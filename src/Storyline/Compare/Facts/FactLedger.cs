using System.Collections.Immutable;
using Storyline.Stories;

namespace Storyline.Compare.Facts;

/// <summary>The story's fact ledger: every claim merged across the articles that tell it, and the pairs that contradict each other.</summary>
/// <param name="Conflicts">Pairs of ledger items that contradict each other (by the facts' ids).</param>
public sealed record FactLedger(ImmutableArray<Fact> Facts, ImmutableArray<Conflict> Conflicts)
{
    public static readonly SectionKey<FactLedger> Section = new("facts");

    public static FactLedger Empty { get; } = new([], []);

    /// <summary>The fact with this id, or null.</summary>
    public Fact? Find(string id)
    {
        foreach (var f in Facts) if (f.Id == id) return f;
        return null;
    }
}
