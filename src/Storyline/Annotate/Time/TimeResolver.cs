using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>
/// Places one expression on the calendar, for stages that need a date for an event ("on Saturday" in a
/// Monday article, "Jan. 25", "last week"). Same rules as <see cref="TimexStage"/>, with the tense given.
/// </summary>
public static class TimeResolver
{
    /// <summary>
    /// Resolves <paramref name="expression"/> (an expression alone, or a short phrase containing one) against
    /// <paramref name="anchor"/>. <paramref name="tense"/> decides past or future for weekdays and month-days;
    /// <see cref="Tense.Unknown"/> lets the surrounding words decide. Returns null when no time expression is found.
    /// </summary>
    public static TimeExpression? Resolve(string expression, DateTimeOffset anchor, Tense tense = Tense.Unknown)
    {
        if (string.IsNullOrWhiteSpace(expression)) return null;
        string text = tense switch
        {
            // give the tagger the cue it would find in a sentence
            Tense.Past => "It happened " + expression + ".",
            Tense.Future => "It will happen " + expression + ".",
            _ => expression,
        };
        int offset = text.Length - expression.Length - (tense is Tense.Past or Tense.Future ? 1 : 0);
        var found = new List<TimeExpression>();
        TimexTagger.TagSentence(text, new TextSpan(0, text.Length), DateOnly.FromDateTime(anchor.DateTime), found);
        foreach (var e in found)
        {
            var start = Math.Max(0, e.Span.Start - offset);
            var end = Math.Min(expression.Length, e.Span.End - offset);
            if (end > start) return e with { Span = TextSpan.FromBounds(start, end) };
        }
        return null;
    }
}
