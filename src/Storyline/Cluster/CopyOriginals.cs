using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Cluster;

/// <summary>
/// Which article of a group of copies is the original: the one whose outlet the others credit in a dateline or byline
/// ("MARLOW BAY (Coastline Wire) —", "(AP)", "Reuters reported", "according to Reuters"), else the earliest published,
/// which is the one the stream met first. The stream finds that articles are copies of one another; this is the one
/// place that decides which of them the others copy.
/// </summary>
public static class CopyOriginals
{
    /// <summary>The story's articles with each copy group pointing at its credited original.</summary>
    /// <param name="packs">The language packs whose credit phrases each article is read with (default: <see cref="LanguagePacks.Default"/>).</param>
    public static ImmutableArray<Article> Resolve(ImmutableArray<Article> articles, LanguagePacks? packs = null)
    {
        packs ??= LanguagePacks.Default;
        var groups = articles.Where(a => a.DuplicateOf is not null).GroupBy(a => a.DuplicateOf!, StringComparer.Ordinal).ToList();
        if (groups.Count == 0) return articles;
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var rewritten = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (!byId.TryGetValue(group.Key, out var root)) continue;
            List<Article> members = [root, .. group];
            var credited = members.Where(m => m.Metadata.Outlet is { } outlet
                    && members.Any(x => x != m && !SameOutlet(x.Metadata.Outlet, outlet) && Credits(x, outlet, packs.Of(x).Names))
                    && !members.Any(x => x != m && x.Metadata.Outlet is { } other && !SameOutlet(other, outlet) && Credits(m, other, packs.Of(m).Names)))
                .ToList();
            // two credited outlets (a paper crediting two wires) name no single original: the earliest stays
            if (credited.Count != 1 || credited[0] == root) continue;
            var original = credited[0];
            foreach (var m in members)
                rewritten[m.Id] = m == original ? m.WithDuplicateOf(null) : m.WithDuplicateOf(original.Id);
        }
        if (rewritten.Count == 0) return articles;
        var result = articles.Select(a => rewritten.GetValueOrDefault(a.Id, a)).ToList();
        return [.. result];
    }

    /// <summary>True when <paramref name="article"/> credits <paramref name="outlet"/> as its source: in the dateline or
    /// opening ("CITY (Outlet) –"), in a removed byline or credit line, or in a phrase of its language's
    /// <see cref="NameVocabulary.SourceCreditsAfter"/> and <see cref="NameVocabulary.SourceCreditsBefore"/> ("Outlet reported", "according to Outlet").</summary>
    public static bool Credits(Article article, string outlet, NameVocabulary words)
    {
        var name = OutletNames.Display(outlet);
        if (Dateline.CreditedOutlets(Dateline.Opening(article.Text)).Any(o => SameOutlet(o, name))) return true;
        foreach (var removed in article.Removed)
        {
            if (!removed.Text.Contains(name, StringComparison.OrdinalIgnoreCase) && !Dateline.CreditedOutlets(removed.Text).Any(o => SameOutlet(o, name))) continue;
            if (removed.Text.Length <= 120) return true; // a byline or credit line naming the outlet
        }
        var escaped = Regex.Escape(name);
        var after = string.Join('|', words.SourceCreditsAfter.Select(Regex.Escape));
        var before = string.Join('|', words.SourceCreditsBefore.Select(Regex.Escape));
        return Regex.IsMatch(article.Text, $@"\b{escaped} (?:{after})\b|\b(?:{before}) {escaped}\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static bool SameOutlet(string? a, string? b) =>
        a is not null && b is not null && string.Equals(OutletNames.Display(a), OutletNames.Display(b), StringComparison.OrdinalIgnoreCase);
}
