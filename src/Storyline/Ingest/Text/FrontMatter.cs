using Storyline.Articles;

namespace Storyline.Ingest.Text;

/// <summary>
/// An optional metadata block at the top of a plain-text article:
/// <code>
/// ---
/// outlet: The Daily Example
/// url: https://example.org/a
/// published: 2026-03-14
/// ---
/// </code>
/// </summary>
public static class FrontMatter
{
    /// <summary>Splits off a front-matter block. Returns the body start offset (0 when there is none).</summary>
    public static int Parse(string text, ref ArticleMetadata metadata, List<string> warnings)
    {
        int pos = 0;
        while (pos < text.Length && text[pos] is '\uFEFF') pos++;
        if (!text.AsSpan(pos).StartsWith("---")) return 0;
        int firstLineEnd = text.IndexOf('\n', pos);
        if (firstLineEnd < 0 || text.AsSpan(pos, firstLineEnd - pos).Trim().Length != 3) return 0;
        int lineStart = firstLineEnd + 1;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.SequenceEqual("---"))
            {
                metadata = Apply(metadata, values, warnings);
                return Math.Min(text.Length, lineEnd + 1);
            }
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAny(' ', '\t'))
                return 0; // not a key: value block after all; read the whole text as body
            values[line[..colon].ToString()] = line[(colon + 1)..].Trim().Trim('"').ToString();
            lineStart = lineEnd + 1;
        }
        return 0; // never closed: treat as body
    }

    private static ArticleMetadata Apply(ArticleMetadata m, Dictionary<string, string> values, List<string> warnings)
    {
        foreach (var (key, value) in values)
        {
            if (value.Length == 0) continue;
            switch (key.ToLowerInvariant())
            {
                case "title": m = m with { Title = value }; break;
                case "outlet" or "source" or "publisher" or "site": m = m with { Outlet = value }; break;
                case "url" or "link": m = m with { Url = value }; break;
                case "author" or "byline": m = m with { Author = value }; break;
                case "language" or "lang": m = m with { Language = value }; break;
                case "published" or "date" or "pubdate":
                    if (Storyline.Text.DateParsing.TryParse(value, out var date, out var dateOnly))
                        m = m with { Published = date, PublishedDateOnly = dateOnly, PublishedInferred = false };
                    else warnings.Add($"front matter 'published: {value}' is not a date; ignored");
                    break;
                default:
                    break; // unknown keys are allowed: front matter is shared with other tools
            }
        }
        return m;
    }
}
