namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// The plain mean of per-topic scores. ROUGE-1.5.5's printed "Average_R/P/F" is a bootstrap mean of
/// rounded per-topic scores instead (<see cref="Rouge155Average"/>); the two differ by up to ~0.0007.
/// </summary>
public static class RougeAverage
{
    public static IReadOnlyDictionary<string, RougeScore> Of(IReadOnlyCollection<IReadOnlyDictionary<string, RougeScore>> topics)
    {
        var result = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        if (topics.Count == 0) return result;
        foreach (var measure in topics.First().Keys)
        {
            double r = 0, p = 0, f = 0;
            foreach (var t in topics)
            {
                var s = t[measure];
                r += s.Recall; p += s.Precision; f += s.F;
            }
            result[measure] = new RougeScore(r / topics.Count, p / topics.Count, f / topics.Count);
        }
        return result;
    }
}
