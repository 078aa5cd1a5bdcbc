using Storyline.Articles;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Clean;

/// <summary>
/// Finds who published an article, most reliable evidence first: declared metadata, the site's own
/// header or caption signature, the URL host, a dateline "WASHINGTON (Sputnik) -", a byline "OAN Newsroom".
/// </summary>
public static class OutletDetector
{
    /// <param name="words">The page furniture of the document's language: its newsroom byline.</param>
    public static string? Detect(ArticleMetadata metadata, DocumentProfile profile, IReadOnlyList<SourceLine> lines, LineDecision[] decisions, BoilerplatePhrases words)
    {
        if (!string.IsNullOrWhiteSpace(metadata.Outlet)) return OutletNames.Display(metadata.Outlet);
        if (profile.SiteNames.Length > 0) return OutletNames.Display(profile.SiteNames[0]);
        var fromUrl = OutletNames.FromUrl(metadata.Url);
        if (fromUrl is not null) return fromUrl;
        for (int i = 0; i < lines.Count && i < 12; i++)
        {
            if (Dateline.Credit(lines[i].Text) is { } credited) return OutletNames.Display(credited);
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (decisions[i].Reason != RemovalReasons.Byline) continue;
            var m = words.NewsroomByline.Match(lines[i].Text);
            if (m.Success) return OutletNames.Display(m.Groups["outlet"].Value);
        }
        return null;
    }
}
