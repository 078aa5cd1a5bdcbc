namespace Storyline.Summarize;

/// <summary>How the expected function-word matches of a candidate enter its gain (<see cref="SummarizerSettings.FunctionWordScaling"/>).</summary>
public enum FunctionWordScaling
{
    /// <summary>Concept gain + λ × expected matches (λ in concept-weight units per matched token).</summary>
    Absolute,
    /// <summary>Concept gain + λ × κ × expected matches, κ = the cluster's Σ concept gain / Σ expected matches over its
    /// eligible sentences (λ = 1: function words weigh as much, over the cluster, as the concepts).</summary>
    ClusterRatio,
    /// <summary>Concept gain × (1 + λ × expected matches per word of the candidate).</summary>
    Multiplier,
}

/// <summary>
/// The selection term for function words (<see cref="FunctionWordTable"/>): the expected number of reference tokens a
/// candidate newly matches through function words, given the summary so far and the budget (the reference length
/// ROUGE compares against).
/// </summary>
internal sealed class FunctionWordGain
{
    private readonly FunctionWordTable _table;
    private readonly double[][] _atLeast;
    private readonly double _weight;
    private readonly FunctionWordScaling _scaling;
    private readonly double _scale = 1;

    private FunctionWordGain(FunctionWordTable table, int words, SummarizerSettings settings, ClusterModel cluster)
    {
        _table = table;
        _weight = settings.FunctionWordWeight;
        // pairs of function words (ROUGE-2 bigrams) weigh FunctionPairWeight per expected match: their curves scaled relative to the words'
        _atLeast = table.AtLeast(words, settings.FunctionPairWeight / _weight);
        _scaling = settings.FunctionWordScaling;
        if (_scaling == FunctionWordScaling.ClusterRatio)
        {
            double concepts = 0, matches = 0;
            var none = new Coverage();
            foreach (var c in cluster.Candidates)
            {
                if (!c.Eligible) continue;
                concepts += cluster.Gain(c, covered: null);
                matches += Expected(c, c.Words, none);
            }
            _scale = matches > 0 ? concepts / matches : 0;
        }
    }

    /// <summary>The term for a summary of <paramref name="words"/> words, or null when it is off (weight 0 or no table).</summary>
    public static FunctionWordGain? For(ClusterModel cluster, SummarizerSettings settings, int words) =>
        settings.FunctionWordWeight > 0 && FunctionWordTable.For(settings) is { } table
            ? new FunctionWordGain(table, words, settings, cluster)
            : null;

    /// <summary>Whether a text's combined gain is at least that of any prefix of it (true unless the matches enter per word, as
    /// <see cref="FunctionWordScaling.Multiplier"/> does): expected matches and concept gain only grow with more words.</summary>
    public bool GrowsWithText => _scaling != FunctionWordScaling.Multiplier;

    /// <summary>Size of the table (for <see cref="Coverage.AddFunctionWords"/>).</summary>
    public int Words => _table.Count;

    /// <summary>Function-word counts of the first <paramref name="words"/> words of <paramref name="c"/> (all of it when it fits).</summary>
    public FunctionWordCount[] Counts(Candidate c, int words) =>
        words >= c.Words ? c.FunctionWords ??= _table.CountIn(c.Text) : _table.CountIn(c.Text, words);

    /// <summary>Expected new clipped function-word matches of the first <paramref name="words"/> words of <paramref name="c"/> (pairs of
    /// function words, when the table has them, count <see cref="SummarizerSettings.FunctionPairWeight"/> / <see cref="SummarizerSettings.FunctionWordWeight"/> each).</summary>
    public double Expected(Candidate c, int words, Coverage covered) =>
        FunctionWordTable.ExpectedGain(_atLeast, covered.FunctionWords, Counts(c, words));

    /// <summary>The candidate's gain with its function words: <paramref name="conceptGain"/> of its first <paramref name="words"/> words combined with their expected matches.</summary>
    public double Combine(double conceptGain, Candidate c, int words, Coverage covered)
    {
        double expected = Expected(c, words, covered);
        return _scaling switch
        {
            FunctionWordScaling.Multiplier => conceptGain * (1 + _weight * expected / Math.Max(1, Math.Min(words, c.Words))),
            FunctionWordScaling.ClusterRatio => conceptGain + _weight * _scale * expected,
            _ => conceptGain + _weight * expected,
        };
    }
}
