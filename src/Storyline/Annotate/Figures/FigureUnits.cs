using System.Collections.Frozen;

namespace Storyline.Annotate.Figures;

/// <summary>Unit words and their normal forms, and the common scale durations are compared in.</summary>
public static class FigureUnits
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = "hour", ["hours"] = "hour", ["hr"] = "hour", ["hrs"] = "hour",
        ["minute"] = "minute", ["minutes"] = "minute",
        ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week",
        ["month"] = "month", ["months"] = "month", ["year"] = "year", ["years"] = "year",
        ["decade"] = "decade", ["decades"] = "decade",
        ["percent"] = "percent", ["per cent"] = "percent", ["percentage"] = "percent",
        ["people"] = "person", ["persons"] = "person", ["person"] = "person",
        ["dollars"] = "USD", ["dollar"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR",
        ["pounds"] = "GBP", ["rubles"] = "RUB", ["roubles"] = "RUB", ["bolivars"] = "VES", ["bolívares"] = "VES", ["yuan"] = "CNY",
        ["states"] = "state", ["state"] = "state", ["votes"] = "vote", ["vote"] = "vote", ["seats"] = "seat", ["seat"] = "seat",
        ["countries"] = "country", ["country"] = "country",
        ["lives"] = "person", // "claimed at least 217 lives"
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Nouns for kinds of people. "People" is the generic count: "14 people killed" and "14 residents
    // killed" can be one figure, while "14 soldiers" and "14 civilians" count different groups.
    private static readonly FrozenSet<string> PersonKinds = new[]
    {
        "resident", "civilian", "protester", "protestor", "demonstrator", "soldier", "troop", "mercenary",
        "supporter", "man", "woman", "child", "student", "worker", "migrant", "refugee", "journalist",
        "reporter", "prisoner", "detainee", "officer", "policeman", "diplomat", "citizen", "national",
        "passenger", "victim", "casualty", "member", "voter", "adult", "inhabitant", "employee", "staff",
        "fighter", "militant", "rebel", "activist", "hostage", "patient", "tourist", "personnel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The unit two figures can be compared in, or null when they count different things: durations
    /// meet in hours, and the generic "person" meets any kind of person ("people" vs "residents").
    /// </summary>
    public static string? CommonUnit(string a, string b)
    {
        if (HoursPer(a) is not null && HoursPer(b) is not null) return "hour";
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return a;
        if ((IsGenericPerson(a) && PersonKinds.Contains(b)) || (IsGenericPerson(b) && PersonKinds.Contains(a))) return "person";
        return null;
    }

    private static bool IsGenericPerson(string unit) => string.Equals(unit, "person", StringComparison.OrdinalIgnoreCase);

    /// <summary>Currency signs written before the number.</summary>
    public static string? CurrencyOfSign(char c) => c switch
    {
        '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", _ => null,
    };

    /// <summary>The normal unit of a word ("hours" -> hour, "dollars" -> USD), or null for other nouns.</summary>
    public static string? Normalize(string word) => Words.TryGetValue(word, out var u) ? u : null;

    /// <summary>Hours in one of the unit (a month counts 30 days, so "30 days" and "a month" compare equal); null for non-durations.</summary>
    public static double? HoursPer(string unit) => unit switch
    {
        "minute" => 1.0 / 60, "hour" => 1, "day" => 24, "week" => 168, "month" => 720, "year" => 8760, "decade" => 87600,
        _ => null,
    };

    /// <summary>Crude singular of a counted noun ("mercenaries" -> mercenary, "troops" -> troop).</summary>
    public static string Lemma(string noun)
    {
        var n = noun.ToLowerInvariant();
        if (Words.TryGetValue(n, out var u)) return u;
        if (n.EndsWith("ies", StringComparison.Ordinal) && n.Length > 4) return n[..^3] + "y";
        if (n.EndsWith("sses", StringComparison.Ordinal) || n.EndsWith("xes", StringComparison.Ordinal) || n.EndsWith("ches", StringComparison.Ordinal) || n.EndsWith("shes", StringComparison.Ordinal)) return n[..^2];
        if (n.EndsWith('s') && !n.EndsWith("ss", StringComparison.Ordinal) && n.Length > 3) return n[..^1];
        if (n is "men") return "man";
        if (n is "women") return "woman";
        if (n is "children") return "child";
        return n;
    }
}
