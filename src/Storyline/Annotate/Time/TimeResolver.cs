using Storyline.Text;

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
        // Inferring an undated article's day resolves its expressions against every candidate day, and a story's
        // articles repeat the same few ("on Tuesday", "last week"): the recognizer behind this is the digest's
        // costliest call and runs under a lock, so each (expression, day, tense) is resolved once per process.
        var key = (expression, DateOnly.FromDateTime(anchor.DateTime), tense);
        if (Cache.TryGetValue(key, out var cached)) return cached;
        var result = ResolveUncached(expression, key.Item2, tense);
        if (Cache.Count >= MaxCached) Cache.Clear(); // a bound, not an eviction policy: a digest needs far fewer
        Cache[key] = result;
        return result;
    }

    private const int MaxCached = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Expression, DateOnly Day, Tense Tense), TimeExpression?> Cache = new();

    private static TimeExpression? ResolveUncached(string expression, DateOnly anchorDay, Tense tense)
    {
        string text = tense switch
        {
            // give the tagger the cue it would find in a sentence
            Tense.Past => "It happened " + expression + ".",
            Tense.Future => "It will happen " + expression + ".",
            _ => expression,
        };
        int offset = text.Length - expression.Length - (tense is Tense.Past or Tense.Future ? 1 : 0);
        var found = new List<TimeExpression>();
        TimexTagger.TagSentence(text, new TextSpan(0, text.Length), anchorDay, found);
        foreach (var e in found)
        {
            var start = Math.Max(0, e.Span.Start - offset);
            var end = Math.Min(expression.Length, e.Span.End - offset);
            if (end > start) return e with { Span = TextSpan.FromBounds(start, end) };
        }
        return null;
    }
}
