using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Language.English;

/// <summary>
/// Event types of political and crisis news, in the spirit of the CAMEO event codebook: the verbs
/// and nouns (as stems) by which outlets report the same kind of act in different words —
/// "severed", "broke off", "cut off" relations are all <c>sever-relations</c>. Written for this project.
/// </summary>
internal static partial class EnglishClaims
{
    public static ClaimVocabulary Create() => new(
    [
        ("sever-relations", ["sever", "break", "broke", "broken", "cut", "end", "rupture", "suspend", "terminat"]),
        ("recognize", ["recogn", "backing", "back", "endors", "acknowledg"]),
        ("expel-order-leave", ["expel", "expuls", "leav", "quit", "depart", "ultimatum", "get out", "withdraw", "withdrew", "pull", "pulled"]),
        ("declare-office", ["declar", "proclaim", "sworn", "swear", "oath", "inaugur", "self-proclaim"]),
        ("accuse", ["accus", "blame", "charg", "alleg"]),
        ("warn-threaten", ["warn", "threaten", "threat"]),
        ("appeal", ["urg", "appeal", "call", "demand"]),
        ("offer", ["offer", "propos", "amnesti"]),
        ("meet-talk", ["meet", "met", "talk", "negoti", "dialogu", "discuss"]),
        ("kill-injure", ["kill", "dead", "death", "die", "injur", "wound", "casualti"]),
        ("arrest", ["arrest", "detain", "jail", "custodi"]),
        ("protest", ["protest", "demonstr", "rally", "march"]),
        ("sanction-seize", ["sanction", "seiz", "freez", "frozen", "embargo"]),
        ("deploy", ["deploy", "arriv", "sent", "dispatch", "station"]),
        ("support", ["support", "side", "loyal", "allegi", "rally"]),
        ("open-office", ["open", "reopen", "establish", "set up", "furnish"]),
        ("close", ["close", "closur", "shut"]),
        ("elect-vote", ["elect", "vote", "ballot", "poll"]),
        ("evacuate", ["evacu", "flee", "fled", "displac"]),
        ("investigate", ["investig", "inquiri", "inquir", "probe", "inspect"]),
    ])
    {
        ChangeMarkers = new[]
        {
            "ditch", "drop", "abandon", "revers", "scrap", "backtrack", "rescind", "revok", "retract", "longer", "instead", "u-turn", "reconsid",
        }.ToFrozenSet(StringComparer.Ordinal),
        Negations = new[] { "not", "never" }.ToFrozenSet(StringComparer.Ordinal),
        NegationSuffix = "n't",
        AttributionCues = [" said that ", "according to ", " told ", " reported that ", " claimed that ", " announced that "],
        Connectives = [" after ", ", while ", ", but ", ", whereas ", " because ", ", as "],
        ComparativeConnective = ", as ",
        ComparativeStart = ComparativeAs(),
        TimeLeaders = new[]
        {
            "shortly", "soon", "just", "right", "long", "immediately", "minutes", "hours", "days", "weeks", "months", "years", "day", "week", "month", "year",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        TimeNouns = new[] { "midnight", "dawn", "noon" }.ToFrozenSet(StringComparer.Ordinal),
    };

    // ", as well as foreign citizens": a comparison joining two nouns, not a second event
    [GeneratedRegex(@"^(?:well|much|many|few|little|high|low|long|far|early|late|recently)\s+as\b")]
    private static partial Regex ComparativeAs();
}
