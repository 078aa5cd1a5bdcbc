using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>
/// Lines ending in " - {site name}" after the title: image captions and alt texts that the site
/// signs with its own name ("Marlow Bay's mayor Helen Okafor - Coastline Wire International").
/// </summary>
public sealed class SiteSuffixCaptionRule : ILineRule
{
    public string Name => "site-suffix-caption";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        if (context.Profile.SiteNames.IsEmpty || !context.HasKeptBefore(line)) return null;
        var m = PageShapes.SourceSuffix().Match(context.Line(line).Text);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        return context.Profile.SiteNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? LineDecision.Remove(RemovalReasons.PhotoCaption, Name)
            : null;
    }
}
