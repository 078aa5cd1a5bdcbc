using Storyline.Language;

namespace Storyline.Annotate.Figures;

/// <summary>Normal units of words (the language's <see cref="FigureVocabulary.Units"/>) and the common scale durations are compared in.</summary>
public static class FigureUnits
{
    /// <summary>
    /// The unit two figures can be compared in, or null when they count different things: durations
    /// meet in hours, and the generic "person" meets any kind of person ("people" vs "residents").
    /// </summary>
    public static string? CommonUnit(string a, string b, FigureVocabulary words)
    {
        if (HoursPer(a) is not null && HoursPer(b) is not null) return "hour";
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return a;
        if ((IsGenericPerson(a) && words.PersonKinds.Contains(b)) || (IsGenericPerson(b) && words.PersonKinds.Contains(a))) return "person";
        return null;
    }

    private static bool IsGenericPerson(string unit) => string.Equals(unit, "person", StringComparison.OrdinalIgnoreCase);

    /// <summary>Currency signs written before the number.</summary>
    public static string? CurrencyOfSign(char c) => c switch
    {
        '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", _ => null,
    };

    /// <summary>The normal unit of a word ("hours" -> hour, "dollars" -> USD), or null for other nouns.</summary>
    public static string? Normalize(string word, FigureVocabulary words) => words.Units.TryGetValue(word, out var u) ? u : null;

    /// <summary>Hours in one of the unit (a month counts 30 days, so "30 days" and "a month" compare equal); null for non-durations.</summary>
    public static double? HoursPer(string unit) => unit switch
    {
        "minute" => 1.0 / 60, "hour" => 1, "day" => 24, "week" => 168, "month" => 720, "year" => 8760, "decade" => 87600,
        _ => null,
    };

    /// <summary>Singular of a counted noun ("mercenaries" -> mercenary, "troops" -> troop), by the language's rule.</summary>
    public static string Lemma(string noun, FigureVocabulary words) => words.Singular(noun);
}
