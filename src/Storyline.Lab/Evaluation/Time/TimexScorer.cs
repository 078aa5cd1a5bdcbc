using Storyline.Annotate.Time;

namespace Storyline.Lab.Evaluation.Time;

/// <summary>Counts for TempEval-3 style scoring, summed over documents.</summary>
public sealed record TimexCounts(int System, int Gold, int Strict, int Relaxed, int ValueMatch, int TypeMatch)
{
    public static TimexCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TimexCounts Add(TimexCounts o) =>
        new(System + o.System, Gold + o.Gold, Strict + o.Strict, Relaxed + o.Relaxed, ValueMatch + o.ValueMatch, TypeMatch + o.TypeMatch);

    public double StrictF1 => F1(Strict);
    public double RelaxedF1 => F1(Relaxed);
    /// <summary>TempEval-3 attribute F1: relaxed-matched pairs whose values are equal, as precision over system and recall over gold.</summary>
    public double ValueF1 => F1(ValueMatch);
    public double TypeF1 => F1(TypeMatch);
    public double ValueAccuracy => Relaxed == 0 ? 0 : (double)ValueMatch / Relaxed;

    private double F1(int matched)
    {
        double p = System == 0 ? 0 : (double)matched / System, r = Gold == 0 ? 0 : (double)matched / Gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

/// <summary>One system/gold pairing, kept for error listings.</summary>
public sealed record TimexPair(GoldTimex? Gold, TimeExpression? System);

/// <summary>
/// TempEval-3 scoring of one document. A strict match is an identical span; a relaxed match is any overlap
/// (each gold and system expression used at most once, larger overlaps first); value and type are compared
/// on relaxed matches, the value as an exact string.
/// </summary>
public static class TimexScorer
{
    public static (TimexCounts Counts, List<TimexPair> Pairs) Score(IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimeExpression> system)
    {
        var links = new List<(int G, int S, int Overlap)>();
        for (int g = 0; g < gold.Count; g++)
            for (int s = 0; s < system.Count; s++)
            {
                int overlap = gold[g].Span.OverlapLength(system[s].Span);
                if (overlap > 0) links.Add((g, s, overlap));
            }
        links.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var goldUsed = new int[gold.Count];
        var sysUsed = new int[system.Count];
        Array.Fill(goldUsed, -1);
        Array.Fill(sysUsed, -1);
        foreach (var (g, s, _) in links)
        {
            if (goldUsed[g] >= 0 || sysUsed[s] >= 0) continue;
            goldUsed[g] = s;
            sysUsed[s] = g;
        }
        int strict = 0, relaxed = 0, value = 0, type = 0;
        var pairs = new List<TimexPair>();
        for (int g = 0; g < gold.Count; g++)
        {
            int s = goldUsed[g];
            if (s < 0) { pairs.Add(new TimexPair(gold[g], null)); continue; }
            relaxed++;
            if (gold[g].Span == system[s].Span) strict++;
            if (gold[g].Value == system[s].Value) value++;
            if (gold[g].Type == system[s].TypeName) type++;
            pairs.Add(new TimexPair(gold[g], system[s]));
        }
        for (int s = 0; s < system.Count; s++)
            if (sysUsed[s] < 0) pairs.Add(new TimexPair(null, system[s]));
        return (new TimexCounts(system.Count, gold.Count, strict, relaxed, value, type), pairs);
    }
}
