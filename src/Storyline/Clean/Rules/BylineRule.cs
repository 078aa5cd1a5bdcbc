using Storyline.Articles;
using Storyline.Text;
namespace Storyline.Clean.Rules;

/// <summary>Bylines and credit lines ("By Ana Ruiz", "OAN Newsroom", "Reporting by …") near the top or bottom.</summary>
public sealed class BylineRule : ILineRule
{
    private const int Zone = 8;
    private const int MaxWords = 14;

    public string Name => "byline";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        bool nearEdge = line < Zone || line >= context.Lines.Count - Zone;
        // "By Tuesday, the water had receded." is reporting: bylines never end like a sentence
        if (!nearEdge || WordCount.Of(text) > MaxWords || HeadlineShape.EndsLikeSentence(text)) return null;
        return context.Words.BylineLine.IsMatch(text) ? LineDecision.Remove(RemovalReasons.Byline, Name) : null;
    }
}
