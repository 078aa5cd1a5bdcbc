using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Annotate.Time;

/// <summary>
/// News and TimeBank conventions the recognizer does not follow: expressions it misses ("recently",
/// "the past", "fiscal 1998") and readings it gets wrong for news.
/// </summary>
internal static partial class NewsTimeRules
{
    /// <summary>Adds rule-found expressions that no recognizer expression overlaps.</summary>
    public static void Apply(string text, TextSpan sentence, DateOnly? anchor, List<TimeExpression> found)
    {
    }

    /// <summary>Corrects one recognizer expression (span or value) to the news convention.</summary>
    public static TimeExpression? Fix(string text, TimeExpression e) => e;
}
