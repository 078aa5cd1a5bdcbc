using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Storyline.Articles;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Compare.Dates;

/// <summary>
/// Which publication days read from an article's own text (the cleaner's lower bound: the latest full date it mentions)
/// are background dates instead: a precedent the article recalls ("accused of genocide between July 11 and Nov. 1, 1995"),
/// a date far from the story's other days, or one before them. Used by <see cref="PublicationDateStage"/>, the one decider
/// of publication days; a day set aside leaves the article undated, to be inferred from the story like any undated one.
/// Declared dates (metadata, a timestamp line) are never questioned here.
/// </summary>
internal static partial class TextDateVetting
{
    /// <summary>A day read from the text further than this from every other day of the story is a stray mention, not the
    /// story's news cycle; a story told a week later still moves (a genuine date change), a recalled event of last year does not.</summary>
    public const int StrayDays = 31;

    /// <param name="cues">The date cues of an article's language.</param>
    public static ImmutableDictionary<string, DateOnly> SetAside(
        IEnumerable<Article> articles, IReadOnlyDictionary<string, DateOnly> declared, IReadOnlyDictionary<string, DateOnly> fromText,
        Func<Article, DateCueVocabulary> cues)
    {
        var setAside = ImmutableDictionary.CreateBuilder<string, DateOnly>(StringComparer.Ordinal);
        var kept = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (!fromText.TryGetValue(a.Id, out var day)) continue;
            if (ReadsAsBackground(a.Text, day, cues(a))) setAside[a.Id] = day;
            else kept[a.Id] = day;
        }
        if (declared.Count > 0)
        {
            // a text date is a lower bound of when the article was written: one before the story's declared days is a precedent
            var first = declared.Values.Min().AddDays(-ComparisonSettings.InferenceWindowDays);
            foreach (var (id, day) in kept)
                if (day < first || declared.Values.Min(d => Math.Abs(d.DayNumber - day.DayNumber)) > StrayDays) setAside[id] = day;
        }
        else if (kept.Count >= 2)
        {
            // only text dates: the later half wins a tie, since each is a lower bound of its article's writing
            var ordered = kept.Values.Order().ToList();
            var median = ordered[ordered.Count / 2];
            foreach (var (id, day) in kept)
                if (Math.Abs(median.DayNumber - day.DayNumber) > StrayDays) setAside[id] = day;
        }
        return setAside.ToImmutable();
    }

    /// <summary>
    /// True when the article's own words show <paramref name="day"/> to be in its past: it names that year on its own
    /// ("was a colonel in 1995": news writes "this year" for its own), looks back years ("10 years ago", "anniversary"),
    /// or every mention of the day sits in a background construction (a range's end, "since", an attribute: "the
    /// Dec. 21, 1988, bombing").
    /// </summary>
    public static bool ReadsAsBackground(string text, DateOnly day, DateCueVocabulary cues)
    {
        var dates = DateParsing.FindAll(text).ToList();
        foreach (Match m in YearPattern().Matches(text))
        {
            if (int.Parse(m.ValueSpan, System.Globalization.CultureInfo.InvariantCulture) != day.Year) continue;
            if (!dates.Any(d => d.Span.Start <= m.Index && m.Index < d.Span.End)) return true;
        }
        if (!cues.LookingBack.IsEmpty && Regex.IsMatch(text, $@"\b(?:{string.Join('|', cues.LookingBack.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase)) return true;
        var mentions = dates.Where(d => DateOnly.FromDateTime(d.Value.Date) == day).ToList();
        return mentions.Count > 0 && mentions.All(d => InBackgroundConstruction(text, d.Span, cues));
    }

    private static bool InBackgroundConstruction(string text, TextSpan span, DateCueVocabulary cues)
    {
        var before = text.AsSpan(Math.Max(0, span.Start - 60), span.Start - Math.Max(0, span.Start - 60)).TrimEnd();
        var after = text.AsSpan(span.End).TrimStart(',').TrimStart();
        foreach (var start in cues.StretchStarts)
            if (before.EndsWith(start, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var (opener, joiner) in cues.RangeCues)
            if (before.EndsWith(" " + joiner, StringComparison.Ordinal) && before.Contains(opener, StringComparison.OrdinalIgnoreCase)) return true;
        // "the Dec. 21, 1988, bombing": the date names which event, it is not when the article's news happened
        if (after.Length == 0 || !char.IsLower(after[0])) return false;
        foreach (var lead in cues.AttributeLeads)
            if (before.EndsWith(" " + lead, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [GeneratedRegex(@"(?<![\d.,/-])(?:1[89]\d\d|20\d\d)(?![\d/-])")]
    private static partial Regex YearPattern();
}
