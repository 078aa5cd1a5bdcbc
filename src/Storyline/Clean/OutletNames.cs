using System.Collections.Frozen;

namespace Storyline.Clean;

/// <summary>
/// Display names for outlets that sign with an abbreviation or a bare host name. A convenience
/// for readers of the report, not a whitelist: unknown outlets keep the name they gave.
/// </summary>
public static class OutletNames
{
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OAN"] = "One America News Network",
        ["oann.com"] = "One America News Network",
        ["AP"] = "Associated Press",
        ["apnews.com"] = "Associated Press",
        ["AFP"] = "Agence France-Presse",
        ["afp.com"] = "Agence France-Presse",
        ["Reuters"] = "Reuters",
        ["reuters.com"] = "Reuters",
        ["sputniknews.com"] = "Sputnik International",
        ["Sputnik"] = "Sputnik International",
        ["rt.com"] = "RT",
        ["bbc.co.uk"] = "BBC",
        ["bbc.com"] = "BBC",
        ["nytimes.com"] = "The New York Times",
        ["washingtonpost.com"] = "The Washington Post",
        ["theguardian.com"] = "The Guardian",
        ["foxnews.com"] = "Fox News",
        ["cnn.com"] = "CNN",
        ["aljazeera.com"] = "Al Jazeera",
        ["dw.com"] = "Deutsche Welle",
        ["tass.com"] = "TASS",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Display(string name) => Known.TryGetValue(name.Trim(), out var display) ? display : name.Trim();

    /// <summary>Outlet name for a URL's host: a known name, else the host without "www.".</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        if (Known.TryGetValue(host, out var display)) return display;
        // sub.example.com -> example.com when the suffix is known
        int dot = host.IndexOf('.');
        if (dot > 0 && Known.TryGetValue(host[(dot + 1)..], out display)) return display;
        return host;
    }
}
