using System.Collections.Immutable;

namespace Storyline.Compare.Facts;

/// <summary>
/// The one order of the fact ledger, the order readers see it in: agreed facts first (the key facts), then contested
/// ones, then single-source ones. Within a group a fact told by more independent outlets comes first; ties go to the
/// more central fact (<see cref="Fact.Centrality"/>: the other articles say the same thing in more words, so the fact
/// is what the story is about rather than a detail beside it), then to the fact told earlier in its articles (news
/// sits at the top of an article, background at the bottom), then to the id, so that the order is the same in every run.
/// </summary>
public static class FactRanking
{
    /// <summary>How many agreed facts the text and HTML views show as the story's key facts; the JSON keeps every fact.</summary>
    public const int KeyFacts = 10;

    /// <summary>The facts in ledger order.</summary>
    public static ImmutableArray<Fact> Order(IEnumerable<Fact> facts) =>
        [.. facts
            .OrderBy(f => Group(f.Status))
            .ThenByDescending(f => f.IndependentSources)
            .ThenByDescending(f => f.Centrality)
            .ThenBy(f => f.Position)
            .ThenBy(f => f.Id, StringComparer.Ordinal)];

    /// <summary>True for the first <see cref="KeyFacts"/> agreed facts of a ledger in <see cref="Order"/> (agreed facts lead it).</summary>
    public static bool IsKey(IReadOnlyList<Fact> ordered, int index) => index < KeyFacts && ordered[index].Status == FactStatus.Agreed;

    private static int Group(FactStatus status) => status switch
    {
        FactStatus.Agreed => 0,
        FactStatus.Contested => 1,
        _ => 2,
    };
}
