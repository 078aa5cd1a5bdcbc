using Storyline.Cluster;
using System.Collections.Frozen;
using Storyline.Compare.Facts;
using Storyline.Annotate.Figures;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Language;
using Storyline.Similarity;

namespace Storyline.Compare.Figures;

/// <summary>
/// Adds <see cref="StoryFigure.Section"/>: the story's figures, the same quantity about the same thing
/// across articles merged into one item citing every article that gives it, and figures of the same thing whose amounts
/// cannot both be right marked as differing; both judged by the one <see cref="FigureRule"/>. Equal quantities in
/// sentences the fact ledger found to tell one fact are one figure too, whatever their wording ("the records
/// should be handed over within 30 days" / "the new ferry to run within a month"); differing figures the fact ledger
/// already shows as a conflict are not listed again.
/// </summary>
/// <param name="matcher">Decides whether two figures count the same thing (default: <see cref="LexicalSentenceMatcher"/>).</param>
public sealed class FigureLedgerStage(ISentenceMatcher? matcher = null) : IStoryStage
{
    private readonly FigureRule _rule = matcher is null ? FigureRule.Default : new FigureRule(matcher);

    public string Name => "figure-ledger";
    public IReadOnlyList<Feature> Requires => [Figure.Layer, Text.Sentence.Layer, FactLedger.Section];
    public IReadOnlyList<Feature> Provides => [StoryFigure.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        var items = new List<(Article Article, Figure Figure)>();
        var own = CopyText.Of(story.Story);
        foreach (var article in story.Story.Articles)
        {
            // a copy repeats its original's figures: only its own paragraphs add any
            if (!own.HasOwnText(article)) continue;
            foreach (var f in article.GetOrEmpty(Figure.Layer))
                if (own.Counts(article, f.Span)) items.Add((article, f));
        }
        return story.With(StoryFigure.Section, FigureLedger.Merge(story.Story.Id, items, _rule, story.Get(FactLedger.Section)));
    }
}

/// <summary>The merge behind <see cref="FigureLedgerStage"/>, as a pure function.</summary>
public static class FigureLedger
{
    // figures are found in English only (FigureStage), so their units and what they count are English words
    private static FigureVocabulary Words => LanguagePacks.English.Figures;
    private static LanguagePack English => LanguagePacks.English;

    /// <param name="storyId">The story's id, which the figures' ids hash with their content.</param>
    /// <param name="facts">The story's fact ledger: facts told by several articles join equal figures of their sentences,
    /// and its figure conflicts are not repeated here (none: neither).</param>
    public static ImmutableArray<StoryFigure> Merge(string storyId, IReadOnlyList<(Article Article, Figure Figure)> items, FigureRule rule, FactLedger? facts = null)
    {
        int n = items.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var told = facts?.Facts.Select(f => f.Citations).Where(c => c.Select(x => x.ArticleId).Distinct().Count() > 1).ToList();
        var words = items.Select(i => ContentWords(i.Figure.About)).ToArray();
        var factOf = items.Select(i => FactsCiting(told, i.Article.Id, i.Figure.Span)).ToArray();
        var wording = items.Select(i => i.Article.SliceString(i.Figure.Span)).ToArray();
        var lookups = new Dictionary<string, Text.SentenceLookup>(StringComparer.Ordinal);
        var sentences = items.Select(i => SentenceOf(i.Article,
            lookups.TryGetValue(i.Article.Id, out var l) ? l : lookups[i.Article.Id] = new Text.SentenceLookup(i.Article.GetOrEmpty(Text.Sentence.Layer)),
            i.Figure.Span)).ToArray();
        // figures that state the same amount of the same thing in one article under the same facts are judged alike by
        // every comparison (the rule reads neither span nor sentence): one of each kind is compared, and a kind joins all its
        // figures, so a text that repeats a figure does not pair its copies all with all
        var kinds = new Dictionary<(double?, double?, double?, string, string?, FigureBound, string, string), List<int>>();
        for (int k = 0; k < n; k++)
        {
            var f = items[k].Figure;
            var key = (f.Value, f.Low, f.High, f.Unit, f.About, f.Bound, items[k].Article.Id, string.Join(',', factOf[k].Order()));
            if (!kinds.TryGetValue(key, out var kind)) kinds[key] = kind = [];
            kind.Add(k);
        }
        var members = kinds.Values.ToList();
        void JoinKind(int c) { foreach (int k in members[c]) parent[Find(k)] = Find(members[c][0]); }
        var self = members.Select(m => rule.Compare(items[m[0]].Figure, items[m[0]].Figure)).ToArray();
        for (int c = 0; c < members.Count; c++)
            if (members[c].Count > 1 && self[c].Relation == FigureRelation.Agree && self[c].SameThing) JoinKind(c);
        // only amounts within rounding of each other can agree
        var firsts = members.Select(m => m[0]).ToList();
        foreach (var (x, y) in NearPairs(firsts.Select(k => items[k].Figure.Scaled).ToList(), 1 / (1 - ComparisonSettings.FigureRounding)))
        {
            int i = Math.Min(firsts[x], firsts[y]), j = Math.Max(firsts[x], firsts[y]);
            var judged = rule.Compare(items[i].Figure, items[j].Figure);
            if (judged.Relation == FigureRelation.Agree
                && (judged.SameThing || (items[i].Article.Id != items[j].Article.Id && factOf[i].Overlaps(factOf[j]))))
            {
                JoinKind(x);
                JoinKind(y);
                parent[Find(i)] = Find(j);
            }
        }

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
        var ordered = result.Select((r, g) => (r.Figure, r.Articles, r.First, Group: g)).OrderByDescending(r => r.Articles).ThenBy(r => r.First).ToList();
        StatedFigure Stated(int k, Figure as_) => new(as_ with { Span = items[k].Figure.Span }, items[k].Article.SliceString(sentences[k]), sentences[k].Start);
        // figures of the same thing from other articles whose amounts cannot both be right
        var differs = ordered.Select(_ => new List<int>()).ToArray();
        var groupArticles = ordered.Select(r => r.Figure.Citations.Select(c => c.ArticleId).ToHashSet()).ToArray();
        // amounts further apart than the rule's largest ratio are two quantities, never a conflict
        var nearGroups = NearPairs(ordered.Select(r => items[r.First].Figure.Scaled).ToList(), ComparisonSettings.MaxFigureRatio);
        foreach (var (i, j) in nearGroups)
        {
            if (groupArticles[i].Overlaps(groupArticles[j])) continue;
            // each group judged by what it counts as a whole (its chosen "about")
            Figure a = items[ordered[i].First].Figure with { About = ordered[i].Figure.About };
            Figure b = items[ordered[j].First].Figure with { About = ordered[j].Figure.About };
            if (rule.Compare(a, b).Relation != FigureRelation.Conflict) continue;
            // every sentence of one group against every sentence of the other: a count of another place or a doubted
            // amount among them means the groups do not compete
            int ka = ordered[i].First, kb = ordered[j].First;
            if (!groups[ordered[i].Group].All(x => groups[ordered[j].Group].All(y =>
                    rule.Compare(Stated(x, a), Stated(y, b)).Relation == FigureRelation.Conflict))
                || !rule.OneEvent(Stated(ka, a), Stated(kb, b))) continue;
            // the fact ledger shows this conflict, with the sentences around it: once is enough
            if (facts is not null && ShownAsConflict(facts, rule, ordered[i].Figure, a, ordered[j].Figure, b)) continue;
            differs[i].Add(j);
            differs[j].Add(i);
        }
        foreach (var list in differs) list.Sort();
        // stable ids (what the figure says, counts and measures), then the differing figures by id
        var ids = StoryItemIds.Assign(storyId, StoryItemIds.Figure, ordered
            .Select(r => ($"{r.Figure.Text}\n{r.Figure.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n{r.Figure.Unit}\n{r.Figure.About}",
                StoryItemIds.CitationKey(r.Figure.Citations)))
            .ToList());
        return ordered.Select((r, i) => r.Figure with { Id = ids[i], DiffersFrom = [.. differs[i].Select(j => ids[j])] }).ToImmutableArray();
    }

    /// <summary>
    /// The pairs (i &lt; j, in that order) whose amounts are within <paramref name="ratio"/> of each other by size: the only
    /// ones the figure rule can join or set against each other. Sorting by size first keeps a long text's figures from
    /// being compared all with all. Items without an amount are in no pair.
    /// </summary>
    internal static List<(int I, int J)> NearPairs(IReadOnlyList<double?> amounts, double ratio)
    {
        var order = Enumerable.Range(0, amounts.Count).Where(k => amounts[k] is not null)
            .OrderBy(k => Math.Abs(amounts[k]!.Value)).ThenBy(k => k).ToArray();
        var pairs = new List<(int, int)>();
        for (int p = 0; p < order.Length; p++)
        {
            double bound = Math.Abs(amounts[order[p]]!.Value) * ratio;
            for (int q = p + 1; q < order.Length && Math.Abs(amounts[order[q]]!.Value) <= bound; q++)
                pairs.Add((Math.Min(order[p], order[q]), Math.Max(order[p], order[q])));
        }
        pairs.Sort();
        return pairs;
    }

    /// <summary>True when a figure conflict of the fact ledger sets these two figures against each other: each side of the
    /// conflict is a fact citing one of them (a copy's sentence counts for its original), and gives its amount.</summary>
    private static bool ShownAsConflict(FactLedger facts, FigureRule rule, StoryFigure x, Figure a, StoryFigure y, Figure b)
    {
        foreach (var c in facts.Conflicts)
        {
            if (c.Figures.Length != 2) continue;
            if (facts.Find(c.FactA) is not { } fa || facts.Find(c.FactB) is not { } fb) continue;
            if ((Side(fa, c.Figures[0], x, a) && Side(fb, c.Figures[1], y, b)) || (Side(fa, c.Figures[0], y, b) && Side(fb, c.Figures[1], x, a)))
                return true;
        }
        return false;

        bool Side(Fact fact, Figure stated, StoryFigure group, Figure figure) =>
            rule.Compare(stated, figure).Relation == FigureRelation.Agree
            && group.Citations.Any(g => fact.Citations.Any(f => f.ArticleId == g.ArticleId && f.Span.Contains(g.Span)));
    }

    /// <summary>The sentence a figure is in (the whole text when the article has no sentence layer).</summary>
    private static Text.TextSpan SentenceOf(Article article, Text.SentenceLookup sentences, Text.TextSpan figure)
    {
        var s = sentences.Containing(figure);
        return s.Span.IsEmpty ? new Text.TextSpan(0, article.Text.Length) : s.Span;
    }

    /// <summary>Indices of the facts with a citation in this article that contains the figure.</summary>
    private static HashSet<int> FactsCiting(List<ImmutableArray<Citation>>? facts, string articleId, Text.TextSpan span)
    {
        var found = new HashSet<int>();
        if (facts is null) return found;
        for (int f = 0; f < facts.Count; f++)
            foreach (var c in facts[f])
                if (c.ArticleId == articleId && c.Span.Contains(span)) { found.Add(f); break; }
        return found;
    }

    /// <summary>What a figure counts, as words: lemmas of its "about" phrase without function words, each happening as its concept.</summary>
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
    private static readonly FrozenDictionary<string, string> Concepts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["evacuated"] = "<displaced>", ["evacuate"] = "<displaced>", ["evacuation"] = "<displaced>", ["evacuee"] = "<displaced>",
        ["fled"] = "<displaced>", ["flee"] = "<displaced>", ["displaced"] = "<displaced>", ["homeless"] = "<displaced>",
        ["home"] = "<displaced>", ["shelter"] = "<displaced>",
        ["killed"] = "<killed>", ["dead"] = "<killed>", ["died"] = "<killed>", ["death"] = "<killed>", ["kill"] = "<killed>",
        ["injured"] = "<hurt>", ["wounded"] = "<hurt>", ["hurt"] = "<hurt>", ["injury"] = "<hurt>",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
