namespace Storyline.Summarize;

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

    private FunctionWordGain(FunctionWordTable table, int words, SummarizerSettings settings)
    {
        _table = table;
        _weight = settings.FunctionWordWeight;
        _atLeast = table.AtLeast(words);
    }

    /// <summary>The term for a summary of <paramref name="words"/> words, or null when it is off (weight 0 or no table).</summary>
    public static FunctionWordGain? For(SummarizerSettings settings, FunctionWordTable? table, int words) =>
        settings.FunctionWordWeight > 0 && table is not null
            ? new FunctionWordGain(table, words, settings)
            : null;

    /// <summary>Size of the table (for <see cref="Coverage.AddFunctionWords"/>).</summary>
    public int Words => _table.Count;

    /// <summary>Function-word counts of the first <paramref name="words"/> words of <paramref name="c"/> (all of it when it fits).</summary>
    public FunctionWordCount[] Counts(Candidate c, int words) =>
        words >= c.Words ? c.FunctionWords ??= _table.CountIn(c.Text) : _table.CountIn(c.Text, words);

    /// <summary>Expected new clipped function-word matches of the first <paramref name="words"/> words of <paramref name="c"/>.</summary>
    public double Expected(Candidate c, int words, Coverage covered) =>
        FunctionWordTable.ExpectedGain(_atLeast, covered.FunctionWords, Counts(c, words));

    /// <summary>The candidate's gain with its function words: <paramref name="conceptGain"/> of its first <paramref name="words"/> words
    /// plus λ × their expected matches (λ in concept-weight units per matched token; scaling λ by the cluster's concept weights or
    /// per word was no better, docs/summarizer.md).</summary>
    public double Combine(double conceptGain, Candidate c, int words, Coverage covered) =>
        conceptGain + _weight * Expected(c, words, covered);
}
