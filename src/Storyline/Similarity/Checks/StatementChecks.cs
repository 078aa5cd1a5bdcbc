using System.Globalization;

namespace Storyline.Similarity.Checks;

/// <summary>
/// What the explicit checks found between two sentences: the differences a sentence embedding barely sees ("14 killed"
/// and "40 killed" are near neighbours to it) but that make two sentences different statements.
/// </summary>
/// <param name="UnmatchedAmounts">Amounts of either sentence that the other does not state, as a share of all the
/// amounts both state (0 when neither states one).</param>
/// <param name="AmountsConflict">Both count the same thing (one unit) with values that cannot both be right.</param>
/// <param name="AmountsAgree">Both state amounts and every amount of each is in the other.</param>
/// <param name="ConflictDescription">"14 killed vs 40 killed", when the amounts conflict.</param>
/// <param name="PolarityDiffers">One negates or denies, the other does not ("did not", "denied").</param>
/// <param name="ModalityDiffers">One plans, hedges or predicts ("plans to", "may", "will"), the other states a fact.</param>
/// <param name="SpeakersDiffer">Both attribute the statement to a named source, and the sources share no name.</param>
/// <param name="RolesSwapped">Who did what to whom is reversed: the same two participants on opposite sides of the same
/// verb, both sentences in the active voice ("Smith sued Jones" / "Jones sued Smith").</param>
/// <param name="DaysDiffer">Both name the day (or year) of what they tell, and no day (year) is shared: two occurrences
/// of a repeated event.</param>
public readonly record struct StatementChecks(
    double UnmatchedAmounts,
    bool AmountsConflict,
    bool AmountsAgree,
    string? ConflictDescription,
    bool PolarityDiffers,
    bool ModalityDiffers,
    bool SpeakersDiffer,
    bool RolesSwapped,
    bool DaysDiffer)
{
    /// <summary>Runs every check on two read sentences.</summary>
    public static StatementChecks Of(StatementProfile a, StatementProfile b)
    {
        var (unmatched, conflict, agree, description) = Amounts(a, b);
        return new StatementChecks(
            unmatched, conflict, agree, description,
            a.Negated != b.Negated,
            a.Modal != b.Modal,
            a.Speaker is { } sa && b.Speaker is { } sb && !sa.Split(' ').Intersect(sb.Split(' ')).Any(),
            Swapped(a, b),
            (a.Days.Count > 0 && b.Days.Count > 0 && !a.Days.Overlaps(b.Days))
                || (a.Years.Count > 0 && b.Years.Count > 0 && !a.Years.Overlaps(b.Years)));
    }

    /// <summary>The first check that makes the two sentences different statements, or null when none does.</summary>
    public MatchReason? Veto =>
        AmountsConflict ? MatchReason.AmountsConflict
        : PolarityDiffers ? MatchReason.PolarityDiffers
        : RolesSwapped ? MatchReason.RolesSwapped
        : SpeakersDiffer ? MatchReason.SpeakersDiffer
        : DaysDiffer ? MatchReason.DaysDiffer
        : ModalityDiffers ? MatchReason.ModalityDiffers
        : null;

    private static (double Unmatched, bool Conflict, bool Agree, string? Description) Amounts(StatementProfile a, StatementProfile b)
    {
        int total = a.Quantities.Length + b.Quantities.Length;
        if (total == 0) return (0, false, false, null);
        int unmatched = a.Quantities.Count(q => !b.Quantities.Any(r => Equal(q, r))) + b.Quantities.Count(q => !a.Quantities.Any(r => Equal(q, r)));
        string? description = null;
        foreach (var q in a.Quantities)
        {
            if (q.Unit.Length == 0) continue;
            var same = b.Quantities.Where(r => Unit(r) == Unit(q)).ToList();
            // one unit on both sides with no equal value: "14 killed" / "40 killed"; "14 killed" / "14 killed, 40 injured" is not
            if (same.Count > 0 && !same.Any(r => Equal(q, r)) && !a.Quantities.Any(x => x != q && same.Any(r => Equal(x, r))))
            {
                description = $"{q.Text} {q.Unit} vs {same[0].Text} {same[0].Unit}";
                break;
            }
        }
        bool agree = a.Quantities.Length > 0 && b.Quantities.Length > 0 && unmatched == 0;
        return (unmatched / (double)total, description is not null, agree, description);
    }

    /// <summary>Equal amounts of one thing: within rounding (1 %), in days where both are durations ("72 hours", "three days").</summary>
    private static bool Equal(Quantity a, Quantity b)
    {
        double x = InDays(a) ?? a.Value, y = InDays(b) ?? b.Value;
        if ((InDays(a) is null) != (InDays(b) is null) && a.Unit.Length > 0 && b.Unit.Length > 0) return false;
        return Math.Abs(x - y) <= 0.01 * Math.Max(Math.Abs(x), Math.Abs(y));
    }

    private static string Unit(Quantity q) => InDays(q) is null ? q.Unit : "duration";

    private static double? InDays(Quantity q) => q.Unit switch
    {
        "hour" => q.Value / 24,
        "dai" or "day" => q.Value,
        "week" => q.Value * 7,
        "month" => q.Value * 30,
        "year" => q.Value * 365,
        _ => null,
    };

    /// <summary>Two participants on opposite sides of one verb in the two sentences, neither sentence passive.</summary>
    private static bool Swapped(StatementProfile a, StatementProfile b)
    {
        if (a.Passive || b.Passive) return false;
        var onceA = Once(a.Words);
        var onceB = Once(b.Words);
        var shared = onceA.Keys.Where(onceB.ContainsKey).Where(s => s.Length > 2 && char.IsLetter(s[0]) && !Function(s)).ToList();
        if (shared.Count < 3) return false;
        // "said Sam Granato" / "Granato ... said": who speaks is the speakers check's question, not a role
        foreach (var verb in shared.Where(v => !StatementProfile.ReportingVerbs.Contains(v)))
            foreach (var x in shared)
                foreach (var y in shared)
                {
                    if (verb == x || verb == y || x == y) continue;
                    int va = onceA[verb], vb = onceB[verb];
                    if (onceA[x] < va && va < onceA[y] && onceB[y] < vb && vb < onceB[x]
                        && Near(onceA[x], va) && Near(va, onceA[y]) && Near(onceB[y], vb) && Near(vb, onceB[x]))
                        return true;
                }
        return false;
    }

    // a subject or object sits within a few words of its verb; farther apart the two words are in different clauses
    private static bool Near(int i, int j) => Math.Abs(i - j) <= 4;

    private static Dictionary<string, int> Once(IReadOnlyList<string> stems)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < stems.Count; i++)
            if (!position.TryAdd(stems[i], i)) repeated.Add(stems[i]);
        foreach (var r in repeated) position.Remove(r);
        return position;
    }

    private static bool Function(string word) => Text.ContentTerms.Collect(word, Storyline.Language.LanguagePacks.English).Count == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"amounts {UnmatchedAmounts:0.00}{(AmountsConflict ? " conflict" : "")}{(AmountsAgree ? " agree" : "")}{(PolarityDiffers ? " polarity" : "")}{(ModalityDiffers ? " modality" : "")}{(SpeakersDiffer ? " speakers" : "")}{(RolesSwapped ? " roles" : "")}{(DaysDiffer ? " days" : "")}");
}
