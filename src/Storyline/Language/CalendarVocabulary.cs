using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>The names of months and weekdays, and their abbreviations. Keyed case-insensitively. Immutable.</summary>
public sealed class CalendarVocabulary
{
    public CalendarVocabulary(IReadOnlyDictionary<string, int> monthNames, IReadOnlyDictionary<string, int> monthAbbreviations,
        IReadOnlyDictionary<string, DayOfWeek> weekdayNames, IReadOnlyDictionary<string, DayOfWeek> weekdayAbbreviations)
    {
        MonthNames = monthNames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        MonthAbbreviations = monthAbbreviations.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WeekdayNames = weekdayNames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WeekdayAbbreviations = weekdayAbbreviations.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Months = MonthNames.Concat(MonthAbbreviations).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Weekdays = WeekdayNames.Concat(WeekdayAbbreviations).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Full month names → 1..12.</summary>
    public FrozenDictionary<string, int> MonthNames { get; }

    /// <summary>Abbreviated month names → 1..12 ("jan", "sept").</summary>
    public FrozenDictionary<string, int> MonthAbbreviations { get; }

    /// <summary>Full weekday names.</summary>
    public FrozenDictionary<string, DayOfWeek> WeekdayNames { get; }

    /// <summary>Abbreviated weekday names ("tues", "thurs").</summary>
    public FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations { get; }

    /// <summary>Month names and abbreviations → 1..12.</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>Weekday names and abbreviations.</summary>
    public FrozenDictionary<string, DayOfWeek> Weekdays { get; }
}
