using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Storyline.Stories;

/// <summary>
/// Stable ids for the items of a story (facts, figures, quotes, timeline entries): a letter for the kind and 10 hex digits
/// of the SHA-256 of the story's id, the kind and the item's normalised content. The same input gives the same ids in
/// every run and whatever order its articles came in, so a store, a service and a report can point at one item, and items
/// point at each other (a conflict, a differing figure) by id, never by their place in a list.
/// </summary>
public static class StoryItemIds
{
    /// <summary>Facts of the ledger.</summary>
    public const char Fact = 'f';

    /// <summary>Figures (numbers: "n", since "f" is taken).</summary>
    public const char Figure = 'n';

    /// <summary>Quotes.</summary>
    public const char Quote = 'q';

    /// <summary>Timeline entries, dated events and background alike.</summary>
    public const char Timeline = 't';

    /// <summary>Hex digits kept: 40 bits, so two items of one story (a few hundred at most) share a hash with odds of about
    /// 1 in 10^7; <see cref="Assign"/> still makes them unique.</summary>
    private const int HexDigits = 10;

    /// <summary>The id of one item: <paramref name="kind"/> and the hash of the story id, the kind and the normalised content.</summary>
    public static string For(string storyId, char kind, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(storyId + "\n" + kind + "\n" + Normalise(content)));
        return kind + Convert.ToHexString(hash, 0, HexDigits / 2).ToLowerInvariant();
    }

    /// <summary>
    /// Ids for the items of one kind of a story, unique within it. <paramref name="items"/> gives each item's content (what
    /// the id hashes) and a tie-break key that tells apart items of equal content by what they are, not where they stand
    /// (their citations, say): such items get "-2", "-3"… in the order of that key, so a list in another order gets the
    /// same ids. Items equal in both keep their list order.
    /// </summary>
    public static ImmutableArray<string> Assign(string storyId, char kind, IReadOnlyList<(string Content, string TieBreak)> items)
    {
        var ids = new string[items.Count];
        var byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var id = For(storyId, kind, items[i].Content);
            if (!byId.TryGetValue(id, out var list)) byId[id] = list = [];
            list.Add(i);
        }
        foreach (var (id, list) in byId)
        {
            var ordered = list.OrderBy(i => items[i].TieBreak, StringComparer.Ordinal).ThenBy(i => i).ToList();
            for (int n = 0; n < ordered.Count; n++) ids[ordered[n]] = n == 0 ? id : $"{id}-{n + 1}";
        }
        return [.. ids];
    }

    /// <summary>A tie-break key from what an item cites: its citations sorted, as "article:start-end" joined by commas.</summary>
    public static string CitationKey(IEnumerable<Storyline.Articles.Citation> citations) =>
        string.Join(',', citations.Select(c => $"{c.ArticleId}:{c.Start}-{c.End}").Order(StringComparer.Ordinal));

    /// <summary>Content as the id sees it: case-folded, white space collapsed, typographic quotes and dashes made plain, so
    /// that re-typeset text keeps its id.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Normalize(NormalizationForm.FormKC))
        {
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
