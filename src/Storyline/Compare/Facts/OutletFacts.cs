using System.Collections.Immutable;
using Storyline.Stories;

namespace Storyline.Compare.Facts;

/// <summary>What one outlet's articles add to the story and what they leave out.</summary>
/// <param name="Outlet">The outlet's name; null when the article names none (each such article stands alone).</param>
/// <param name="ArticleIds">The outlet's articles in the story, in story order.</param>
/// <param name="OnlyHere">Ids of the single-source facts this outlet is the source of, in ledger order.</param>
/// <param name="LeftOut">Ids of the agreed facts (told by two or more independent outlets) that none of this outlet's
/// articles tells, in ledger order.</param>
public sealed record OutletFacts(string? Outlet, ImmutableArray<string> ArticleIds, ImmutableArray<string> OnlyHere, ImmutableArray<string> LeftOut)
{
    /// <summary>
    /// Each outlet of the story, in the order its first article appears. A copy (an article marked as the duplicate of
    /// another) tells what its original tells, so an outlet that ran a copy never "leaves out" a fact its original
    /// reports; a single-source fact told by an original and its copy is "only here" for the original's outlet alone,
    /// and for the copy's outlet only when the copy's own extra words are its one source.
    /// </summary>
    public static ImmutableArray<OutletFacts> Of(Story story, FactLedger ledger)
    {
        var groups = new List<(string? Outlet, List<string> Ids)>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in story.Articles)
        {
            var name = a.Metadata.Outlet is { Length: > 0 } o ? o : null;
            int g = name is null ? -1 : groups.FindIndex(x => x.Outlet is not null && string.Equals(x.Outlet, name, StringComparison.OrdinalIgnoreCase));
            if (g < 0) { groups.Add((name, [])); g = groups.Count - 1; }
            groups[g].Ids.Add(a.Id);
            groupOf[a.Id] = g;
        }
        string? OriginalOf(string id) => story.Find(id)?.DuplicateOf;

        var builders = groups.Select(_ => (Only: new List<string>(), Left: new List<string>())).ToList();
        foreach (var fact in ledger.Facts)
        {
            var tellers = fact.ArticleIds.ToHashSet(StringComparer.Ordinal);
            if (fact.Status == FactStatus.SingleSource)
            {
                // the source is the original where the fact's copy and original both tell it
                var sources = tellers.Where(id => OriginalOf(id) is not { } original || !tellers.Contains(original))
                    .Select(id => groupOf.GetValueOrDefault(id, -1)).Where(g => g >= 0).Distinct().Order();
                foreach (var g in sources) builders[g].Only.Add(fact.Id);
            }
            else if (fact.Status == FactStatus.Agreed)
            {
                for (int g = 0; g < groups.Count; g++)
                    if (!groups[g].Ids.Any(id => tellers.Contains(id) || (OriginalOf(id) is { } original && tellers.Contains(original))))
                        builders[g].Left.Add(fact.Id);
            }
        }
        return [.. groups.Select((g, k) => new OutletFacts(g.Outlet, [.. g.Ids], [.. builders[k].Only], [.. builders[k].Left]))];
    }
}
