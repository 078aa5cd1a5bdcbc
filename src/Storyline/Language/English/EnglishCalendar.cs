namespace Storyline.Language.English;

/// <summary>English month and weekday names and the abbreviations news writes.</summary>
internal static class EnglishCalendar
{
    public static CalendarVocabulary Create() => new(
        Map(new Dictionary<string, int>
        {
            ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
            ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        }),
        Map(new Dictionary<string, int>
        {
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sept"] = 9, ["sep"] = 9,
            ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        }),
        Map(new Dictionary<string, DayOfWeek>
        {
            ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
            ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        }),
        Map(new Dictionary<string, DayOfWeek>
        {
            ["mon"] = DayOfWeek.Monday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thurs"] = DayOfWeek.Thursday,
            ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
        }));

    private static Dictionary<string, T> Map<T>(Dictionary<string, T> entries) => entries;
}
