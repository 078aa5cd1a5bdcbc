using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>A line at the top that only names the site ("- Sputnik International").</summary>
public sealed class SiteHeaderRule : ILineRule
{
    /// <summary>Site headers sit above the title: only the first few lines are considered.</summary>
    private const int HeaderZone = 5;

    public string Name => "site-header";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        if (line >= HeaderZone || context.HasKeptBefore(line)) return null;
        var text = context.Line(line).Text;
        var m = PageShapes.SiteHeaderLine().Match(text);
        if (m.Success || context.Profile.SiteNames.Contains(text, StringComparer.OrdinalIgnoreCase))
            return LineDecision.Remove(RemovalReasons.SiteHeader, Name);
        return null;
    }
}
