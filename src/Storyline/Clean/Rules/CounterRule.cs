using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>A line that is only a number or a counter ("353", "12 shares"): share and comment widgets.</summary>
public sealed class CounterRule : ILineRule
{
    public string Name => "counter";

    public LineDecision? Judge(CleaningContext context, int line) =>
        context.Words.CounterLine.IsMatch(context.Line(line).Text)
            ? LineDecision.Remove(RemovalReasons.Counter, Name)
            : null;
}
