using Storyline.Text;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// Merges stories that prove to be one: within the active window, two stories whose most-mentioned actors
/// (people, organisations, places, by surname or last word, accents folded) largely coincide are one
/// story told in different words — a machine-translated report, or a follow-up days later.
/// </summary>
public static class ActorConsolidation
{
    /// <summary>Actors per story compared: the main cast, not every name mentioned once.</summary>
    private const int TopActors = 8;

    /// <summary>Share of the smaller cast found in the other (overlap coefficient) that makes two stories one. The seed
    /// reports of one crisis share 4–6 of their top 8 actors; stories on different events of one country share the
    /// country and its leader (2–3 of 8).</summary>
    private const double MinCastOverlap = 0.5;

    /// <summary>At least this many actors in common, whatever the cast sizes.</summary>
    private const int MinSharedActors = 3;

    public static Grouping Apply(Grouping result, TimeSpan window)
    {
        var stories = result.Stories;
        if (stories.Length < 2) return result;
        var casts = stories.Select(Cast).ToList();
        var parent = Enumerable.Range(0, stories.Length).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int i = 0; i < stories.Length; i++)
            for (int j = i + 1; j < stories.Length; j++)
            {
                if (casts[i].Count == 0 || casts[j].Count == 0 || !Near(stories[i], stories[j], window)) continue;
                int shared = casts[i].Intersect(casts[j]).Count();
                double overlap = shared / (double)Math.Min(casts[i].Count, casts[j].Count);
                if (shared >= MinSharedActors && overlap >= MinCastOverlap) parent[Math.Max(Find(i), Find(j))] = Math.Min(Find(i), Find(j));
            }
        var groups = Enumerable.Range(0, stories.Length).GroupBy(Find).ToList();
        if (groups.Count == stories.Length) return result;
        var merged = groups
            .Select(g => g.SelectMany(i => stories[i].Articles).OrderBy(a => a.Metadata.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray())
            .OrderByDescending(a => a.Length)
            .ThenByDescending(a => a.Max(x => x.Metadata.Published ?? DateTimeOffset.MinValue))
            .ThenBy(a => a[0].Id, StringComparer.Ordinal)
            .Select(a => new Story(Story.IdFor(a[0]), a))
            .ToImmutableArray();
        var storyOf = merged.SelectMany(s => s.Articles.Select(a => (a.Id, s.Id))).ToImmutableDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        merged = WithThreads(merged, stories, storyOf);
        var dropped = result.Dropped.Select(d => d with { StoryId = storyOf.GetValueOrDefault(d.DuplicateOf) ?? d.StoryId }).ToImmutableArray();
        // dropped re-submissions keep their original's (possibly merged) story, as in the grouper's own result
        var withDropped = storyOf.ToBuilder();
        foreach (var d in dropped)
            if (d.StoryId is not null) withDropped.TryAdd(d.Article.Id, d.StoryId);
        storyOf = withDropped.ToImmutable();
        return new Grouping(merged, dropped) { StoryOf = storyOf, Merges = result.Merges + (stories.Length - merged.Length) };
    }

    /// <summary>The thread links of the merged stories, re-pointed at the stories they are now part of (a link that now
    /// points inside its own story is dropped; two links to one story keep the higher similarity).</summary>
    private static ImmutableArray<Story> WithThreads(ImmutableArray<Story> merged, ImmutableArray<Story> before, IReadOnlyDictionary<string, string> storyOf)
    {
        if (before.All(s => s.Threads.IsEmpty)) return merged;
        var newId = before.Where(s => !s.Articles.IsEmpty).ToDictionary(s => s.Id, s => storyOf[s.Articles[0].Id], StringComparer.Ordinal);
        var links = before
            .Where(s => newId.ContainsKey(s.Id))
            .SelectMany(s => s.Threads.Select(t => (From: newId[s.Id], To: newId.GetValueOrDefault(t.StoryId) ?? t.StoryId, t.Relation, t.Similarity)))
            .Where(l => l.From != l.To)
            .GroupBy(l => (l.From, l.To, l.Relation))
            .Select(g => (g.Key.From, Link: new StoryThreadLink(g.Key.To, g.Key.Relation, g.Max(l => l.Similarity))))
            .ToLookup(l => l.From, l => l.Link, StringComparer.Ordinal);
        return merged.Select(s => s with { Threads = [.. links[s.Id].OrderBy(l => l.Relation == StoryThreadLink.Earlier ? 0 : 1).ThenBy(l => l.StoryId, StringComparer.Ordinal)] }).ToImmutableArray();
    }

    private static bool Near(Story a, Story b, TimeSpan window)
    {
        var da = a.Articles.Select(x => StreamClock.TimeOf(x)).OfType<DateTimeOffset>().ToList();
        var db = b.Articles.Select(x => StreamClock.TimeOf(x)).OfType<DateTimeOffset>().ToList();
        if (da.Count == 0 || db.Count == 0) return true; // an undated story can be placed anywhere
        return da.Min() - db.Max() <= window && db.Min() - da.Max() <= window;
    }

    /// <summary>One key per actor for the commonest short forms: "U.S.", "US", "(United) States" are one country.</summary>
    private static string Normalize(string lastWord)
    {
        var key = lastWord.Replace(".", "").TrimEnd('\'', '\u2019');
        if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("\u2019s", StringComparison.Ordinal)) key = key[..^2];
        return key switch
        {
            "us" or "usa" or "states" or "america" => "united-states",
            "uk" or "britain" or "kingdom" => "united-kingdom",
            "un" or "nations" => "united-nations",
            "eu" or "union" => "european-union",
            _ => key,
        };
    }

    private static HashSet<string> Cast(Story story)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in story.Articles)
            foreach (var m in article.GetOrEmpty(EntityMention.Layer))
            {
                if (m.Type == EntityType.Other) continue;
                var words = article.SliceString(m.Span).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                var key = Normalize(ContentTerms.Fold(words[^1]));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TopActors).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }
}
