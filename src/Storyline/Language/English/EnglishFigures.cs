using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>The English words of figure extraction. Written for this project.</summary>
internal static class EnglishFigures
{
    public static FigureVocabulary Create()
    {
        var units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
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
        return new()
        {
            NumberStarts = Set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety", "a", "an", "dozens", "hundreds", "thousands", "millions", "billions", "tens"),
            PhraseStops = Set("the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "that", "which", "who",
                "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "more", "than", "per", "as", "this",
                "these", "those", "its", "their", "his", "her", "our", "other", "times", "time", "ago", "earlier", "later", "old",
                "percent", "cent", "since", "after", "before", "said", "says", "each", "all", "also", "about", "around", "over", "under"),
            CasualtyWords = Set("killed", "dead", "died", "injured", "wounded", "arrested", "detained", "deployed", "missing", "displaced", "evacuated", "hurt"),
            Auxiliaries = Set("have", "has", "had", "been", "were", "was", "are", "is", "be", "being"),
            Prepositions = Set("in", "to", "from", "at", "on", "into", "across", "inside", "near", "by", "during", "for"),
            IrregularPlurals = Set("people", "men", "women", "children", "police", "personnel", "staff", "troops", "cattle", "militia"),
            ClauseBoundaries = Set("and", "that", "who", "which", "for", "is", "are", "was", "were", "said", "has", "have", "had", "but", "as"),
            ControlVerbs = Set("told", "asked", "gave", "give", "gives", "ordered", "urged", "want", "wants", "plan", "plans", "decided", "agreed",
                "tried", "needs", "need", "refused", "allowed"),
            LeaveVerbs = Set("leave", "left", "flee", "fled", "abandon", "abandoned", "evacuate", "evacuated", "quit"),
            LeaveAuxiliaries = Set("had", "have", "has", "were", "was", "been", "forced", "to", "told", "ordered"),
            TrailingFunctionWords = new[] { "the", "a", "an", "of", "and", "or", "with" }.ToFrozenSet(StringComparer.Ordinal),
            PhraseBreakers = new[] { "since", "after", "because", "while", "when", "but", "according", "and", "or", "nor" }.ToFrozenSet(StringComparer.Ordinal),
            Units = units,
            // "people" is the generic count: "14 people killed" and "14 residents killed" can be one figure, while
            // "14 soldiers" and "14 civilians" count different groups
            PersonKinds = Set("resident", "civilian", "protester", "protestor", "demonstrator", "soldier", "troop", "mercenary",
                "supporter", "man", "woman", "child", "student", "worker", "migrant", "refugee", "journalist",
                "reporter", "prisoner", "detainee", "officer", "policeman", "diplomat", "citizen", "national",
                "passenger", "victim", "casualty", "member", "voter", "adult", "inhabitant", "employee", "staff",
                "fighter", "militant", "rebel", "activist", "hostage", "patient", "tourist", "personnel"),
            Singular = noun => Singular(noun, units),
        };
    }

    /// <summary>Crude singular of a counted noun ("mercenaries" → mercenary, "troops" → troop): readable, since units are shown.</summary>
    private static string Singular(string noun, FrozenDictionary<string, string> units)
    {
        var n = noun.ToLowerInvariant();
        if (units.TryGetValue(n, out var u)) return u;
        if (n.EndsWith("ies", StringComparison.Ordinal) && n.Length > 4) return n[..^3] + "y";
        if (n.EndsWith("sses", StringComparison.Ordinal) || n.EndsWith("xes", StringComparison.Ordinal) || n.EndsWith("ches", StringComparison.Ordinal) || n.EndsWith("shes", StringComparison.Ordinal)) return n[..^2];
        if (n.EndsWith('s') && !n.EndsWith("ss", StringComparison.Ordinal) && n.Length > 3) return n[..^1];
        if (n is "men") return "man";
        if (n is "women") return "woman";
        if (n is "children") return "child";
        return n;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
