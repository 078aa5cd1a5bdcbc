using System.Collections.Immutable;
using Storyline.Annotate.Figures;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Compare.Dates;
using Storyline.Compare.Facts.Claims;
using Storyline.Compare.Figures;
using Storyline.Language;
using Storyline.Similarity;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline.Compare.Facts.Ledger;

/// <summary>
/// Builds the fact ledger of a story: claims aligned across articles become one item each, with every
/// article reporting it, its count of independent sources and its status; contradictions link items.
/// </summary>
public static class FactLedgerBuilder
{
    public static FactLedger Build(StoryDocument analysis, ISentenceMatcher? matcher = null, LanguagePacks? packs = null)
    {
        var story = analysis.Story;
        var claims = ClaimExtractor.Extract(analysis, packs);
        if (claims.IsEmpty) return FactLedger.Empty;
        var dates = analysis.Get(StoryDates.Section);
        var days = story.Articles.ToDictionary(a => a.Id, a => dates.PublishedDay(a));
        matcher ??= LexicalSentenceMatcher.Instance;
        var sources = story.Articles.ToDictionary(a => a.Id, a => IndependentSources.Key(a, story.Find));
        var words = matcher.Prepare(ClaimAligner.Views(claims, id => sources.GetValueOrDefault(id)));
        var aligner = new ClaimAligner(claims, words, id => days.GetValueOrDefault(id), new FigureRule(matcher));

        // every candidate pair once (pairs sharing no term, event or actor can neither match nor add to centrality);
        // strongest links first so groups form around clear matches
        var same = new List<(int A, int B, double Score)>();
        var contradictions = new List<(int A, int B, Alignment How)>();
        // how much the other articles say the same: summed here, so each pair's similarity is computed once
        var centrality = new double[claims.Length];
        foreach (var (i, j) in ClaimBlocks.Candidates(claims))
        {
            double similarity = words.Compare(i, j, MatchPurpose.FactSameWords).Score;
            centrality[i] += similarity;
            centrality[j] += similarity;
            var alignment = aligner.Align(i, j);
            if (alignment.Relation == ClaimRelation.Same) same.Add((i, j, alignment.Score));
            else if (alignment.Relation == ClaimRelation.Contradicts) contradictions.Add((i, j, alignment));
        }
        var groups = new UnionFind(claims.Length);
        var linked = same.Select(x => (x.A, x.B)).ToHashSet();
        foreach (var (a, b, _) in same.OrderByDescending(x => x.Score).ThenBy(x => x.A).ThenBy(x => x.B))
        {
            // one claim per article in a group keeps items sharp: a second, weaker match of the same article stays apart
            if (groups.Find(a) == groups.Find(b) || SharesArticle(groups, claims, a, b)) continue;
            // average link: two groups join only when most of their members match each other, so that a chain
            // A~B, B~C of partial matches cannot make A and C one fact
            if (!MostlyLinked(groups, claims.Length, linked, a, b)) continue;
            groups.Union(a, b);
        }

        var members = Enumerable.Range(0, claims.Length).GroupBy(groups.Find).Select(g => g.ToList()).ToList();
        members = Rejoin(members, claims, contradictions.SelectMany(c => new[] { c.A, c.B }).ToHashSet());
        var items = members
            .Select(m => new Item(m, IndependentSources.Count(m.Select(i => claims[i].ArticleId).Distinct().Select(id => story[id]), story.Find), m.Max(i => centrality[i]), m.Min(i => claims[i].Order)))
            .ToList();

        var contested = new HashSet<Item>();
        var conflictPairs = new List<(Item A, Item B, string Kind, string? Description, (Figure A, Figure B)? Figures)>();
        foreach (var (a, b, how) in contradictions)
        {
            var ia = items.First(x => x.Members.Contains(a));
            var ib = items.First(x => x.Members.Contains(b));
            if (ia == ib || conflictPairs.Any(p => (p.A == ia && p.B == ib) || (p.A == ib && p.B == ia))) continue;
            conflictPairs.Add((ia, ib, how.ConflictKind!, how.ConflictDescription, how.Figures));
            contested.Add(ia);
            contested.Add(ib);
        }

        var ordered = items
            .OrderByDescending(i => i.Sources)
            .ThenByDescending(i => contested.Contains(i))
            .ThenByDescending(i => i.Centrality)
            .ThenBy(i => i.FirstOrder)
            .ToList();
        var index = ordered.Select((item, k) => (item, k)).ToDictionary(x => x.item, x => x.k);
        var facts = new List<Fact>();
        var conflictsOf = new List<ImmutableArray<int>>();
        foreach (var item in ordered)
        {
            var memberClaims = item.Members.Select(i => claims[i]).OrderBy(c => ArticleOrder(story, c.ArticleId)).ThenBy(c => c.Order).ToList();
            var representative = claims[item.Members
                .OrderBy(i => claims[i].Voice == ClaimVoice.Narration ? 0 : 1)
                .ThenByDescending(i => centrality[i])
                .ThenBy(i => ArticleOrder(story, claims[i].ArticleId))
                .ThenBy(i => claims[i].Order)
                .First()];
            var article = story[representative.ArticleId];
            // a rejoined sentence (the only item with two claims of one article) is shown and cited whole
            bool rejoined = memberClaims.Count > 1 && memberClaims.All(c => c.ArticleId == representative.ArticleId);
            var span = rejoined ? TextSpan.FromBounds(memberClaims.Min(c => c.Span.Start), memberClaims.Max(c => c.Span.End)) : representative.Span;
            var shown = Dateline.Strip(article.Text, span);
            var links = conflictPairs.Where(p => p.A == item || p.B == item).Select(p => index[p.A == item ? p.B : p.A]).Order().ToImmutableArray();
            var status = contested.Contains(item) ? FactStatus.Contested : item.Sources >= 2 ? FactStatus.Agreed : FactStatus.SingleSource;
            facts.Add(new Fact(
                Display(article.SliceString(shown)),
                status,
                memberClaims.Select(c => c.ArticleId).Distinct().ToImmutableArray(),
                item.Sources,
                rejoined ? [new Citation(article.Id, span)] : memberClaims.Select(c => new Citation(c.ArticleId, c.Span)).ToImmutableArray(),
                []) { Centrality = item.Centrality, Position = item.FirstOrder });
            conflictsOf.Add(links);
        }
        // stable ids, then every link between facts by id (the ledger's order is for readers, not for references)
        var ids = StoryItemIds.Assign(story.Id, StoryItemIds.Fact, facts.Select(f => (f.Text, StoryItemIds.CitationKey(f.Citations))).ToList());
        var withIds = facts.Select((f, k) => f with { Id = ids[k], ConflictsWith = [.. conflictsOf[k].Select(j => ids[j])] }).ToList();
        // the order readers see: every reference below follows it
        var ranked = FactRanking.Order(withIds);
        var rankOf = ranked.Select((f, k) => (f.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        ranked = [.. ranked.Select(f => f with { ConflictsWith = [.. f.ConflictsWith.OrderBy(id => rankOf[id])] })];
        var conflicts = conflictPairs
            .Select(p => (p.Kind, p.Description, p.Figures, A: rankOf[ids[index[p.A]]], B: rankOf[ids[index[p.B]]]))
            .Select(c => (c.Kind, c.Description, c.Figures, First: Math.Min(c.A, c.B), Second: Math.Max(c.A, c.B), AFirst: c.A < c.B))
            .OrderBy(c => c.First).ThenBy(c => c.Second)
            .Select(c => new Conflict(c.Kind, c.Description ?? (c.Kind == "polarity" ? "one account says it happened, another that it did not" : c.Kind), ranked[c.First].Id, ranked[c.Second].Id)
            {
                // in the order of the facts, as the conflict names them
                Figures = c.Figures is not { } f ? [] : c.AFirst ? [f.A, f.B] : [f.B, f.A],
            })
            .ToImmutableArray();
        return new FactLedger(ranked, conflicts);
    }

    /// <summary>
    /// A sentence is cut at connectives so that each event in it can meet the same event in another article ("severed
    /// ties" told alone elsewhere, "after Trump recognized…" told alone elsewhere). Where no piece met anything, the cut
    /// bought nothing and left a reader a clause torn from its sentence ("The company … faced questions on Wednesday"
    /// without the "after …" that says why): such pieces, each alone in its group, in no contradiction and following
    /// each other in the sentence, become one item again, shown and cited as the whole run of the sentence.
    /// </summary>
    private static List<List<int>> Rejoin(List<List<int>> members, ImmutableArray<Claim> claims, HashSet<int> inConflict)
    {
        var pieces = members
            .Where(m => m.Count == 1 && !inConflict.Contains(m[0]) && claims[m[0]].Span != claims[m[0]].Sentence)
            .GroupBy(m => (claims[m[0]].ArticleId, claims[m[0]].Sentence))
            .Select(g => g.Select(m => m[0]).OrderBy(i => claims[i].Order).ToList())
            // consecutive claims only: a piece told elsewhere between them keeps its own item and its words are not repeated
            .Where(run => run.Count > 1 && claims[run[^1]].Order - claims[run[0]].Order == run.Count - 1)
            .ToList();
        if (pieces.Count == 0) return members;
        var joined = pieces.SelectMany(run => run).ToHashSet();
        return [.. members.Where(m => !(m.Count == 1 && joined.Contains(m[0]))), .. pieces];
    }

    /// <summary>A clause cut at a connective reads as a statement once the connective is dropped ("after Trump recognized…"),
    /// and once the comma or semicolon it was cut before is dropped ("… according to the city," is not how a statement ends).</summary>
    internal static string Display(string clause)
    {
        clause = clause.TrimEnd(',', ';', ' ');
        foreach (var connective in LeadingConnectives)
            if (clause.StartsWith(connective, StringComparison.Ordinal) && clause.Length > connective.Length + 1)
            {
                var rest = clause[connective.Length..].TrimStart();
                return char.ToUpperInvariant(rest[0]) + rest[1..];
            }
        return clause;
    }

    private static readonly ImmutableArray<string> LeadingConnectives = ["after ", "while ", "but ", "whereas ", "because ", "as "];

    private static int ArticleOrder(Story story, string id)
    {
        for (int i = 0; i < story.Articles.Length; i++) if (story.Articles[i].Id == id) return i;
        return int.MaxValue;
    }

    private static bool SharesArticle(UnionFind groups, ImmutableArray<Claim> claims, int a, int b)
    {
        int ra = groups.Find(a), rb = groups.Find(b);
        var articlesA = new HashSet<string>();
        var articlesB = new HashSet<string>();
        for (int i = 0; i < claims.Length; i++)
        {
            int r = groups.Find(i);
            if (r == ra) articlesA.Add(claims[i].ArticleId);
            else if (r == rb) articlesB.Add(claims[i].ArticleId);
        }
        return articlesA.Overlaps(articlesB);
    }

    private static bool MostlyLinked(UnionFind groups, int n, HashSet<(int, int)> linked, int a, int b)
    {
        int ra = groups.Find(a), rb = groups.Find(b);
        var left = Enumerable.Range(0, n).Where(i => groups.Find(i) == ra).ToList();
        var right = Enumerable.Range(0, n).Where(i => groups.Find(i) == rb).ToList();
        int links = 0;
        foreach (var x in left)
            foreach (var y in right)
                if (linked.Contains((Math.Min(x, y), Math.Max(x, y)))) links++;
        return links * 2 >= left.Count * right.Count;
    }

    private sealed record Item(List<int> Members, int Sources, double Centrality, int FirstOrder);

    private sealed class UnionFind(int n)
    {
        private readonly int[] _parent = Enumerable.Range(0, n).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        public void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
