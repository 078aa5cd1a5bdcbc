using System.Text.RegularExpressions;

namespace Storyline.Clean;

/// <summary>Shapes of page furniture that hold no words of any language: a site name after a dash, a header line that
/// is only a site name. (The words of page furniture are the language pack's, <see cref="Language.BoilerplatePhrases"/>.)</summary>
public static partial class PageShapes
{
    /// <summary>" - Outlet Name" at the end of a line (captions and teasers on many sites).</summary>
    [GeneratedRegex(@"\s[-–—|]\s+(?<name>[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3})\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SourceSuffix();

    /// <summary>A header line that is only a site name: "- Sputnik International", "| The Daily Example".</summary>
    [GeneratedRegex(@"^[-–—|]\s*(?<name>[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3})\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex SiteHeaderLine();
}
