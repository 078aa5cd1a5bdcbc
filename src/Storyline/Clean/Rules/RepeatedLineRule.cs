using Storyline.Articles;
using Storyline.Text;
namespace Storyline.Clean.Rules;

/// <summary>A line that repeats an earlier one word for word (scrapers often double the title).</summary>
public sealed class RepeatedLineRule : ILineRule
{
    public string Name => "repeated-line";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        if (WordCount.Of(text) < 3) return null;
        int first = context.FirstOccurrence(text);
        if (first < 0 || first >= line) return null;
        bool title = !context.HasKeptBefore(first);
        return LineDecision.Remove(title ? RemovalReasons.RepeatedTitle : RemovalReasons.RepeatedLine, Name);
    }
}
