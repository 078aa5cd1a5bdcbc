using Storyline.Server.Store;

namespace Storyline.Server.Api;

/// <summary>Compares a story's kept versions: what a reader who last looked at <c>since</c> has not seen yet.</summary>
public static class StoryHistory
{
    public static StoryChanges Changes(string storyId, IReadOnlyList<StoryVersion> versions, DateTimeOffset since)
    {
        var current = versions.Count > 0 ? versions[^1] : null;
        var before = versions.LastOrDefault(v => v.At <= since);
        if (current is null) return new StoryChanges(storyId, since, 0, 0, false, 0, [], [], [], []);
        if (before is null)
            return new StoryChanges(storyId, since, 0, current.Version, true, current.Articles, current.Outlets,
                [.. current.Facts.Select(f => f.Text)], [], []);
        var was = before.Facts.GroupBy(f => f.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal);
        var now = current.Facts.GroupBy(f => f.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Status, StringComparer.Ordinal);
        return new StoryChanges(storyId, since, before.Version, current.Version, false,
            Math.Max(0, current.Articles - before.Articles),
            [.. current.Outlets.Except(before.Outlets, StringComparer.OrdinalIgnoreCase)],
            [.. now.Keys.Where(k => !was.ContainsKey(k))],
            [.. now.Where(kv => was.TryGetValue(kv.Key, out var s) && s != kv.Value).Select(kv => new StatusChange(kv.Key, was[kv.Key], kv.Value))],
            [.. was.Keys.Where(k => !now.ContainsKey(k))]);
    }
}
