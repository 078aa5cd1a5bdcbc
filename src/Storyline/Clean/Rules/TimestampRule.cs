using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Clean.Rules;

/// <summary>"UPDATED 9:12 AM PT — Tuesday, March 3, 2026" and lines that are only a date: page metadata.</summary>
public sealed class TimestampRule : ILineRule
{
    /// <summary>Words a date line may carry besides the date itself (weekday, time, zone, "updated").</summary>
    private const int MaxExtraWords = 6;

    public string Name => "timestamp";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        if (HeadlineShape.EndsLikeSentence(text) && !text.TrimEnd().EndsWith(':')) return null;
        if (context.Words.TimestampLine.IsMatch(text) && WordCount.Of(text) <= 16)
            return LineDecision.Remove(RemovalReasons.Timestamp, Name);
        if (DateParsing.FindFirst(text) is { } date)
        {
            int extra = WordCount.Of(text) - WordCount.Of(text.AsSpan(date.Span.Start, date.Span.Length));
            if (extra <= MaxExtraWords) return LineDecision.Remove(RemovalReasons.Timestamp, Name);
        }
        return null;
    }
}
