namespace Storyline.Report;

/// <summary>
/// The fact ledger as every renderer lays it out: the key facts (agreed, in ledger order), each conflict once with its
/// two sides, then per outlet the facts only it tells and the agreed facts it leaves out. The JSON lists every fact in
/// the same order; renderers decide only how much of each section to show.
/// </summary>
public sealed record LedgerLayout(
    IReadOnlyList<ReportFact> KeyFacts, int OtherAgreed, IReadOnlyList<LedgerConflict> Conflicts, IReadOnlyList<LedgerOutlet> Outlets)
{
    public static LedgerLayout Of(ReportStory story, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        var byId = new Dictionary<string, ReportFact>(StringComparer.Ordinal);
        foreach (var f in story.Facts) byId.TryAdd(f.Id, f);
        // a report without ranks (written before them) still reads: its first agreed facts stand in for the key facts
        bool ranked = story.Facts.Any(f => f.Rank > 0);
        var agreed = story.Facts.Where(f => f.Status == "agreed").ToList();
        var key = ranked ? story.Facts.Where(f => f.Key).ToList() : agreed.Take(Compare.Facts.FactRanking.KeyFacts).ToList();
        var conflicts = story.Conflicts
            .Where(c => c.FactA >= 0 && c.FactB >= 0 && c.FactA < story.Facts.Count && c.FactB < story.Facts.Count)
            .Select(c => new LedgerConflict(c, story.Facts[c.FactA], story.Facts[c.FactB]))
            .ToList();
        var outlets = (story.Outlets ?? []).Select(o =>
        {
            var first = o.ArticleIds.Select(id => articles.GetValueOrDefault(id)).FirstOrDefault(a => a is not null);
            string name = o.Outlet ?? (first is null ? "outlet unknown" : ReportText.OutletOf(first));
            var copies = o.ArticleIds.Select(id => articles.GetValueOrDefault(id)).Where(a => a?.DuplicateOf is not null).Select(a => a!.DuplicateOf!).Distinct().ToList();
            bool onlyCopies = o.ArticleIds.Count > 0 && copies.Count > 0 && o.ArticleIds.All(id => articles.GetValueOrDefault(id)?.DuplicateOf is not null);
            return new LedgerOutlet(name, o.ArticleIds, onlyCopies ? copies : [],
                [.. o.OnlyHere.Where(byId.ContainsKey).Select(id => byId[id])], [.. o.LeftOut.Where(byId.ContainsKey).Select(id => byId[id])]);
        }).ToList();
        return new LedgerLayout(key, agreed.Count - key.Count, conflicts, outlets);
    }
}

/// <summary>One conflict with the two facts that make it, in the conflict's order.</summary>
public sealed record LedgerConflict(ReportConflict Conflict, ReportFact A, ReportFact B);

/// <summary>An outlet's part of the ledger, with its facts resolved.</summary>
/// <param name="CopyOf">When every article of the outlet is a copy: the ids of the originals (it tells what they tell).</param>
public sealed record LedgerOutlet(string Name, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> CopyOf, IReadOnlyList<ReportFact> OnlyHere, IReadOnlyList<ReportFact> LeftOut);
