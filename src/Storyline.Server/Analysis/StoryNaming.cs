namespace Storyline.Server.Analysis;

/// <summary>One story of a regrouping: the id the grouper proposes (as <c>digest</c> names it) and its articles in story order.</summary>
public sealed record ProposedStory(string ProposedId, IReadOnlyList<string> Members);

/// <summary>The regrouping with stable ids: each story's final id, and the ids that ended (with where they went).</summary>
public sealed record NamedStories(IReadOnlyList<string> Ids, IReadOnlyDictionary<string, string> Aliases);

/// <summary>
/// Keeps story ids stable while the window of recent articles is regrouped at every step. A story keeps the id its
/// articles had: the id held by most of a new story's articles wins (the earliest-arrived holder breaks ties), so a
/// story that gains articles, or absorbs a smaller one, keeps its id, and the part of a split story that keeps more of
/// it keeps the id. A story none of whose articles had an id takes the id the grouper gives it, which is <c>digest</c>'s.
/// An id no story holds any longer (and no article outside the window holds) becomes an alias of the story that took
/// most of its articles, so links to it keep working.
/// </summary>
public static class StoryNaming
{
    /// <param name="stories">The regrouped stories.</param>
    /// <param name="previous">Each article's story before this step (absent or null: the article is new).</param>
    /// <param name="arrival">Each article's arrival order.</param>
    /// <param name="heldOutside">Whether an id is held by articles outside the window: then it is taken, and never aliased.</param>
    public static NamedStories Name(IReadOnlyList<ProposedStory> stories, IReadOnlyDictionary<string, string?> previous,
        IReadOnlyDictionary<string, long> arrival, Func<string, bool> heldOutside)
    {
        long Seq(string id) => arrival.TryGetValue(id, out var s) ? s : long.MaxValue;
        var claims = new List<(int Story, string Id, int Holders, long First)>();
        for (int i = 0; i < stories.Count; i++)
            foreach (var g in stories[i].Members.Where(m => previous.GetValueOrDefault(m) is not null).GroupBy(m => previous[m]!, StringComparer.Ordinal))
                claims.Add((i, g.Key, g.Count(), g.Min(Seq)));
        claims.Sort((a, b) => a.Holders != b.Holders ? b.Holders.CompareTo(a.Holders)
            : a.First != b.First ? a.First.CompareTo(b.First) : string.CompareOrdinal(a.Id, b.Id));

        var ids = new string?[stories.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (story, id, _, _) in claims)
            if (ids[story] is null && used.Add(id)) ids[story] = id;
        // stories with no inherited id: the grouper's name, or the next free founder-based one (in arrival order)
        foreach (int i in Enumerable.Range(0, stories.Count).Where(i => ids[i] is null).OrderBy(i => stories[i].Members.Select(Seq).DefaultIfEmpty(long.MaxValue).Min()))
        {
            var candidates = new[] { stories[i].ProposedId }.Concat(stories[i].Members.OrderBy(Seq).Select(m => Stories.Story.IdFor(new Articles.Article(m, "", ""))));
            var chosen = candidates.FirstOrDefault(c => !used.Contains(c) && !heldOutside(c));
            if (chosen is null)
            {
                var stem = stories[i].ProposedId;
                int n = 2;
                while (used.Contains($"{stem}-{n}") || heldOutside($"{stem}-{n}")) n++;
                chosen = $"{stem}-{n}";
            }
            used.Add(chosen);
            ids[i] = chosen;
        }

        var finalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < stories.Count; i++)
            foreach (var m in stories[i].Members) finalOf[m] = ids[i]!;
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in previous.Where(p => p.Value is not null && finalOf.ContainsKey(p.Key)).GroupBy(p => p.Value!, StringComparer.Ordinal))
        {
            if (used.Contains(g.Key) || heldOutside(g.Key)) continue;
            var to = g.GroupBy(p => finalOf[p.Key], StringComparer.Ordinal)
                .OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key;
            aliases[g.Key] = to;
        }
        return new NamedStories(ids!, aliases);
    }
}
