using System.Globalization;
using System.Net;
using System.Text;

namespace Storyline.Server.Web;

/// <summary>
/// Writing pages: every piece of text that came from an article, a feed or a request goes through <see cref="E"/>
/// (and URLs through <see cref="Url"/>), so no outlet can put markup or script into a page. The shell links one
/// stylesheet served by the tracker itself; pages carry no script.
/// </summary>
public static class Html
{
    /// <summary>Nothing loads from elsewhere; no script runs; forms post only here; no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A path segment or query value, escaped for a URL and then for an attribute.</summary>
    public static string Url(string value) => E(Uri.EscapeDataString(value));

    /// <summary>An outside link only when it is http(s); anything else (javascript:, data:) is shown as text.</summary>
    public static string ExternalLink(string? url, string text)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return E(text);
        return $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{E(text)}</a>";
    }

    public static string Plural(long n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    /// <summary>"5 min ago", "3 h ago", "2 days ago", or the date for older times.</summary>
    public static string Ago(DateTimeOffset time, DateTimeOffset now)
    {
        var age = now - time;
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} min ago";
        if (age < TimeSpan.FromDays(1)) return $"{(int)age.TotalHours} h ago";
        if (age < TimeSpan.FromDays(14)) return Plural((int)age.TotalDays, "day", "days") + " ago";
        return time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The page around <paramref name="body"/>: title, navigation, search box.</summary>
    public static string Page(string title, string body, string? query = null, string? current = null)
    {
        var h = new StringBuilder(body.Length + 2048);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<title>").Append(E(title)).Append(" · Storyline</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n")
         .Append("<header class=\"site\"><a class=\"brand\" href=\"/\">Storyline</a><nav>")
         .Append(Nav("/", "Stories", current)).Append(Nav("/sources", "Sources", current)).Append(Nav("/search", "Search", current))
         .Append("</nav><form class=\"search\" method=\"get\" action=\"/search\" role=\"search\"><label for=\"q\" class=\"hidden\">Search</label>")
         .Append("<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search names, places, facts\" value=\"").Append(E(query)).Append("\">")
         .Append("<button type=\"submit\">Search</button></form></header>\n<main>\n")
         .Append(body)
         .Append("</main>\n<footer class=\"site\">Storyline groups news articles into stories and compares how outlets tell them. Every statement links to the words it rests on.</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string Nav(string href, string text, string? current) =>
        $"<a href=\"{href}\"{(current == href ? " aria-current=\"page\"" : "")}>{text}</a>";
}
