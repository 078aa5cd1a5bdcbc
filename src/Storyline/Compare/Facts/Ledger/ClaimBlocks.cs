using System.Collections.Immutable;
using Storyline.Compare.Facts.Claims;

namespace Storyline.Compare.Facts.Ledger;

/// <summary>
/// Which pairs of a story's claims the fact ledger compares: claims of different articles that share a block, that is a
/// content term, an event type or an actor. The aligner can only call two claims the same or contradictory when they
/// share one of these (each of its rules needs the same event type, a shared actor, or the lexical sentence matcher's
/// word match, and every lexical rule needs a shared term), and a pair sharing no term adds nothing to centrality; so
/// leaving the other pairs out changes no ledger, while the cost follows the pairs that could match instead of the
/// square of the story's claims. Kept apart from the comparison itself, which decides what a candidate pair is; a
/// sentence matcher that finds sentences alike without shared words would need blocks of its own (nearest neighbours).
/// </summary>
public static class ClaimBlocks
{
    /// <summary>Candidate pairs (A &lt; B), in ascending order of A then B: the order of an all-pairs loop.</summary>
    public static List<(int A, int B)> Candidates(ImmutableArray<Claim> claims)
    {
        var pairs = new List<(int, int)>();
        if (claims.Length < 2) return pairs;
        // one posting list per block key, claims in ascending order
        var termPostings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var namePostings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < claims.Length; i++)
        {
            foreach (var term in claims[i].Terms) Posting(termPostings, term).Add(i);
            foreach (var type in claims[i].EventTypes) Posting(namePostings, "e:" + type).Add(i);
            foreach (var actor in claims[i].Actors) Posting(namePostings, "a:" + actor).Add(i);
        }
        // claims come article by article: every later claim of another article lies past the end of this one's run,
        // so a long single article's postings are never walked claim by claim
        var runEnd = RunEnds(claims);
        var seen = new int[claims.Length];
        Array.Fill(seen, -1);
        var partners = new List<int>();
        for (int i = 0; i < claims.Length; i++)
        {
            partners.Clear();
            int from = runEnd is null ? i + 1 : runEnd[i];
            void Add(List<int> posting)
            {
                // postings ascend: start at the first claim that may belong to another article
                int k = posting.BinarySearch(from);
                for (k = k < 0 ? ~k : k; k < posting.Count; k++)
                {
                    int j = posting[k];
                    if (seen[j] == i || claims[j].ArticleId == claims[i].ArticleId) continue;
                    seen[j] = i;
                    partners.Add(j);
                }
            }
            foreach (var term in claims[i].Terms) Add(termPostings[term]);
            foreach (var type in claims[i].EventTypes) Add(namePostings["e:" + type]);
            foreach (var actor in claims[i].Actors) Add(namePostings["a:" + actor]);
            partners.Sort();
            foreach (var j in partners) pairs.Add((i, j));
        }
        return pairs;
    }

    /// <summary>For claims listed article by article, the index just past each claim's article run; null when an
    /// article's claims are not contiguous.</summary>
    private static int[]? RunEnds(ImmutableArray<Claim> claims)
    {
        var ends = new int[claims.Length];
        var finished = new HashSet<string>(StringComparer.Ordinal);
        int runStart = 0;
        for (int k = 1; k <= claims.Length; k++)
        {
            if (k < claims.Length && claims[k].ArticleId == claims[k - 1].ArticleId) continue;
            if (!finished.Add(claims[k - 1].ArticleId)) return null;
            for (int x = runStart; x < k; x++) ends[x] = k;
            runStart = k;
        }
        return ends;
    }

    private static List<int> Posting<TKey>(Dictionary<TKey, List<int>> postings, TKey key) where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var list)) postings[key] = list = new List<int>();
        return list;
    }
}
