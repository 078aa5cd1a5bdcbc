using System.Collections.Immutable;
using System.Collections.Frozen;

namespace Storyline.Compare.Facts.Claims;

/// <summary>
/// Event types of political and crisis news, in the spirit of the CAMEO event codebook: the verbs
/// and nouns (as Porter stems) by which outlets report the same kind of act in different words —
/// "severed", "broke off", "cut off" relations are all <c>sever-relations</c>. Written for this project.
/// </summary>
public static class EventLexicon
{
    private static readonly ImmutableArray<(string Type, ImmutableArray<string> Stems)> Types =
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
    ];

    private static readonly FrozenDictionary<string, string> ByStem = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, stems) in Types)
            foreach (var s in stems)
                map.TryAdd(s, type); // first type listed wins for a shared stem
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Event types whose stems appear among <paramref name="terms"/>.</summary>
    public static HashSet<string> TypesOf(IReadOnlySet<string> terms)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            if (ByStem.TryGetValue(t, out var type)) { types.Add(type); continue; }
            foreach (var (stem, ty) in ByStem)
                if (stem.Length >= 4 && t.StartsWith(stem, StringComparison.Ordinal)) { types.Add(ty); break; }
        }
        return types;
    }

    /// <summary>Words by which a later report says an earlier plan or statement changed.</summary>
    public static readonly FrozenSet<string> ChangeMarkers = new[]
    {
        "ditch", "drop", "abandon", "revers", "scrap", "backtrack", "rescind", "revok", "retract", "longer", "instead", "u-turn", "reconsid",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Negations = new[]
    {
        "not", "no", "never", "n't", "neither", "nor", "without", "deni", "deny", "refus", "reject",
    }.ToFrozenSet(StringComparer.Ordinal);
}
