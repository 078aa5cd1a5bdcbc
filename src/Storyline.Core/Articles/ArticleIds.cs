using System.Security.Cryptography;
using System.Text;

namespace Storyline.Articles;

/// <summary>
/// Stable article ids: the same article gets the same id in every run, on every machine, whatever else is read with
/// it — from its canonical URL when it has one, else from its outlet and text. A store, a service and a report can
/// all point at one article by it.
/// </summary>
public static class ArticleIds
{
    /// <summary>Hex digits of the SHA-256 kept: 48 bits, so a million articles collide with odds of about 1 in 500.</summary>
    private const int HexDigits = 12;

    /// <summary>The id of an article: "a" and 12 hex digits of the SHA-256 of its URL key, or of its outlet and text.</summary>
    public static string For(string? url, string? outlet, string text)
    {
        var key = UrlKey(url) is { } u ? "url\n" + u : "text\n" + (outlet ?? "") + "\n" + text;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "a" + Convert.ToHexString(hash, 0, HexDigits / 2).ToLowerInvariant();
    }

    /// <summary>An id not yet in <paramref name="taken"/>: the id itself, or with "-2", "-3"… when the same article
    /// was given twice in one run (the grouper then reports the second as a re-submission).</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        if (taken.Add(id)) return id;
        for (int n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (taken.Add(candidate)) return candidate;
        }
    }

    /// <summary>A URL reduced to what identifies the page: no scheme, "www.", fragment, tracking parameters or trailing slash.</summary>
    public static string? UrlKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var s = url.Trim();
        int hash = s.IndexOf('#');
        if (hash >= 0) s = s[..hash];
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        int query = s.IndexOf('?');
        string path = query >= 0 ? s[..query] : s;
        string kept = "";
        if (query >= 0)
        {
            var parameters = s[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("ref=", StringComparison.OrdinalIgnoreCase)
                            && !p.StartsWith("track=", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            kept = string.Join('&', parameters);
        }
        int slash = path.IndexOf('/');
        string host = slash >= 0 ? path[..slash] : path;
        string rest = slash >= 0 ? path[slash..].TrimEnd('/') : "";
        var key = host.ToLowerInvariant() + rest + (kept.Length > 0 ? "?" + kept : "");
        return key.Length == 0 ? null : key;
    }
}
