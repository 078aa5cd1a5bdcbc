using Storyline.Compare.Facts;
using Storyline.Annotate.Figures;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Language;

namespace Storyline.Compare.Figures;

/// <summary>
/// Adds <see cref="StoryFigure.Section"/>: the story's figures, the same quantity about the same thing
/// across articles merged into one item citing every article that gives it. Durations compare in hours
/// (72 hours = 3 days, 30 days = a month); "about" phrases must share a content word unless a duration
/// has no "about" at all. Equal quantities in sentences it found to tell one fact
/// are one figure too, whatever their wording ("the representations should be furnished within 30 days" /
/// "the new offices to open within a month").
/// </summary>
public sealed class FigureLedgerStage : IStoryStage
{
    public string Name => "figure-ledger";
    public IReadOnlyList<Feature> Requires => [Figure.Layer, FactLedger.Section];
    public IReadOnlyList<Feature> Provides => [StoryFigure.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        var items = new List<(Article Article, Figure Figure)>();
        foreach (var article in story.Story.Articles)
        {
            if (article.DuplicateOf is not null) continue;
            foreach (var f in article.GetOrEmpty(Figure.Layer))
                items.Add((article, f));
        }
        var facts = story.Get(FactLedger.Section).Facts.Select(f => f.Citations).Where(c => c.Select(x => x.ArticleId).Distinct().Count() > 1).ToList();
        return story.With(StoryFigure.Section, FigureLedger.Merge(items, facts));
    }
}

/// <summary>The merge behind <see cref="FigureLedgerStage"/>, as a pure function.</summary>
public static class FigureLedger
{
    // figures are found in English only (FigureStage), so their units and what they count are English words
    private static FigureVocabulary Words => LanguagePacks.English.Figures;
    private static LanguagePack English => LanguagePacks.English;

    /// <param name="facts">Citations of each fact told by several articles (from the fact ledger; none: not used).</param>
    public static ImmutableArray<StoryFigure> Merge(IReadOnlyList<(Article Article, Figure Figure)> items,
        IReadOnlyList<ImmutableArray<Citation>>? facts = null)
    {
        int n = items.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var words = items.Select(i => ContentWords(i.Figure.About)).ToArray();
        var factOf = items.Select(i => FactsCiting(facts, i.Article.Id, i.Figure.Span)).ToArray();
        var wording = items.Select(i => i.Article.SliceString(i.Figure.Span)).ToArray();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (Same(items[i].Figure, items[j].Figure, words[i], words[j])
                    || (items[i].Article.Id != items[j].Article.Id && factOf[i].Overlaps(factOf[j])
                        && EqualQuantity(items[i].Figure, items[j].Figure)))
                    parent[Find(i)] = Find(j);

        var groups = Enumerable.Range(0, n).GroupBy(Find).Select(g => g.ToList()).ToList();
        var result = new List<(StoryFigure Figure, int Articles, int First)>();
        foreach (var g in groups)
        {
            var first = items[g[0]];
            var citations = g.Select(k => new Citation(items[k].Article.Id, items[k].Figure.Span)).ToImmutableArray();
            // the about sharing most words with the others' (the group's common ground), shorter on ties
            string? about = g.Where(k => items[k].Figure.About is not null)
                .OrderByDescending(k => g.Sum(o => o == k ? 0 : words[k].Count(w => words[o].Contains(w))))
                .ThenBy(k => items[k].Figure.About!.Length)
                .Select(k => items[k].Figure.About).FirstOrDefault();
            // the wording most citations use ("72 hours" over "72-hour")
            // per unit, so a merge across units shows both ("30 days / a month")
            string text = string.Join(" / ", g.GroupBy(k => items[k].Figure.Unit ?? "", StringComparer.Ordinal).Select(u =>
                u.Select(k => wording[k])
                    .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).OrderByDescending(x => x.Count()).ThenBy(x => g.FindIndex(k => string.Equals(wording[k], x.Key, StringComparison.OrdinalIgnoreCase)))
                    .First().Key));
            var sf = new StoryFigure(text, first.Figure.Value, first.Figure.Unit, about, citations);
            result.Add((sf, g.Select(k => items[k].Article.Id).Distinct().Count(), g[0]));
        }
        var ordered = result.OrderByDescending(r => r.Articles).ThenBy(r => r.First).ToList();
        // figures of the same thing from other articles whose amounts cannot both be right
        var differs = ordered.Select(_ => new List<int>()).ToArray();
        var groupWords = ordered.Select(r => ContentWords(r.Figure.About)).ToArray();
        var groupArticles = ordered.Select(r => r.Figure.Citations.Select(c => c.ArticleId).ToHashSet()).ToArray();
        for (int i = 0; i < ordered.Count; i++)
            for (int j = i + 1; j < ordered.Count; j++)
            {
                if (groupArticles[i].Overlaps(groupArticles[j])) continue;
                if (Differ(items[ordered[i].First].Figure, items[ordered[j].First].Figure, groupWords[i], groupWords[j]))
                {
                    differs[i].Add(j);
                    differs[j].Add(i);
                }
            }
        return ordered.Select((r, i) => r.Figure with { DiffersFrom = [.. differs[i]] }).ToImmutableArray();
    }

    /// <summary>
    /// Two counts of the same thing (a common unit; two shared words, other than the unit, in what they count, or one
    /// shared happening; amounts within <see cref="FigureSettings.MaxDifferRatio"/> of each other) whose allowed amounts
    /// do not meet. Small counts ("two schools") and figures that say nothing about what they count ("1,000 residents")
    /// are never compared.
    /// </summary>
    public static bool Differ(Figure a, Figure b, HashSet<string>? aboutA = null, HashSet<string>? aboutB = null)
    {
        if (a.Value is not { } va || b.Value is not { } vb || FigureUnits.CommonUnit(a.Unit, b.Unit, Words) is null) return false;
        if ((!a.IsDuration && (va <= 2 || vb <= 2)) || EqualQuantity(a, b)) return false;
        var (wordsA, wordsB) = CountedWords(a, b, aboutA, aboutB);
        // one shared ordinary word ("battery", "deaths" alone) does not make two figures one quantity: two shared
        // words, or one shared happening ("<displaced>", "<killed>", "<hurt>"), and amounts of one order of magnitude
        var shared = wordsA.Intersect(wordsB, StringComparer.OrdinalIgnoreCase).ToList();
        if (shared.Count < 2 && !shared.Any(w => w.StartsWith('<'))) return false;
        double qa = a.Scaled!.Value, qb = b.Scaled!.Value;
        if (Math.Max(qa, qb) > FigureSettings.MaxDifferRatio * Math.Min(qa, qb)) return false;
        var (aLow, aHigh) = a.Interval();
        var (bLow, bHigh) = b.Interval();
        return aHigh < bLow || bHigh < aLow;
    }

    /// <summary>Indices of the facts with a citation in this article that contains the figure.</summary>
    private static HashSet<int> FactsCiting(IReadOnlyList<ImmutableArray<Citation>>? facts, string articleId, Text.TextSpan span)
    {
        var found = new HashSet<int>();
        if (facts is null) return found;
        for (int f = 0; f < facts.Count; f++)
            foreach (var c in facts[f])
                if (c.ArticleId == articleId && c.Span.Contains(span)) { found.Add(f); break; }
        return found;
    }

    /// <summary>The same amount in a common unit (durations in hours), nothing said about what it counts.</summary>
    public static bool EqualQuantity(Figure a, Figure b)
    {
        if (a.Scaled is not { } qa || b.Scaled is not { } qb || FigureUnits.CommonUnit(a.Unit, b.Unit, Words) is null) return false;
        return Math.Abs(qa - qb) <= FigureSettings.SameValueTolerance * Math.Max(Math.Abs(qa), Math.Abs(qb));
    }

    /// <summary>Same quantity (durations in a common unit) about the same thing.</summary>
    public static bool Same(Figure a, Figure b, HashSet<string>? aboutA = null, HashSet<string>? aboutB = null)
    {
        if (!EqualQuantity(a, b)) return false;
        var (wordsA, wordsB) = CountedWords(a, b, aboutA, aboutB);
        if (wordsA.Count == 0 || wordsB.Count == 0)
            return a.IsDuration || wordsA.Count == wordsB.Count; // a bare "72 hours" joins the deadline
        return wordsA.Overlaps(wordsB);
    }

    /// <summary>What two figures count, without their unit nouns: the counted noun itself ("people" for person) says
    /// nothing about which people.</summary>
    private static (HashSet<string> A, HashSet<string> B) CountedWords(Figure a, Figure b, HashSet<string>? aboutA, HashSet<string>? aboutB)
    {
        var wordsA = new HashSet<string>(aboutA ?? ContentWords(a.About), StringComparer.OrdinalIgnoreCase);
        var wordsB = new HashSet<string>(aboutB ?? ContentWords(b.About), StringComparer.OrdinalIgnoreCase);
        wordsA.Remove(a.Unit); wordsA.Remove(b.Unit);
        wordsB.Remove(a.Unit); wordsB.Remove(b.Unit);
        return (wordsA, wordsB);
    }

    internal static HashSet<string> ContentWords(string? about)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (about is null) return set;
        foreach (var w in about.Split([' ', ',', '-', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries))
            if (w.Length > 2 && !English.FunctionWords.Contains(w.ToLowerInvariant()))
            {
                var lemma = FigureUnits.Lemma(w, Words);
                set.Add(Concepts.TryGetValue(lemma, out var concept) ? concept : lemma);
            }
        return set;
    }

    // What happened to the people counted, however an outlet words it: "1,200 people evacuated" and "1,200 residents
    // from their homes" count the same displaced people; "treated for minor injuries" and "injured" the same hurt ones.
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["evacuated"] = "<displaced>", ["evacuate"] = "<displaced>", ["evacuation"] = "<displaced>", ["evacuee"] = "<displaced>",
        ["fled"] = "<displaced>", ["flee"] = "<displaced>", ["displaced"] = "<displaced>", ["homeless"] = "<displaced>",
        ["home"] = "<displaced>", ["shelter"] = "<displaced>",
        ["killed"] = "<killed>", ["dead"] = "<killed>", ["died"] = "<killed>", ["death"] = "<killed>", ["kill"] = "<killed>",
        ["injured"] = "<hurt>", ["wounded"] = "<hurt>", ["hurt"] = "<hurt>", ["injury"] = "<hurt>",
    };
}
