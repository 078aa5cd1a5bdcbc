namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// The best score a clusterer can reach when some items are forced into one predicted cluster whatever their gold
/// labels: an exact re-submission is dropped and scored with its original's story, so identical documents the gold
/// files under two stories cost something in any clustering.
/// </summary>
public static class ClusteringCeiling
{
    /// <summary>
    /// The highest BCubed F1 over the clusterings that follow the gold labels except that every tie group (items with
    /// the same non-null <paramref name="tieGroup"/> key) shares one cluster: a tie group spanning several gold stories is
    /// placed, whole, in one of those stories or in a cluster of its own, whichever scores best.
    /// </summary>
    /// <remarks>Moving an untied item away from its gold story can only lower the score (its story-mates lose recall and
    /// gain no precision), so this search over the placements of the mixed tie groups finds the ceiling. Groups that touch
    /// the same gold stories interact and are searched jointly (exhaustively up to <paramref name="maxCombinations"/>,
    /// otherwise by coordinate ascent); groups on disjoint stories are independent because BCubed is a sum over items.</remarks>
    public static (ClusteringScores Scores, string[] Labels) Best(IReadOnlyList<string> gold, IReadOnlyList<string?> tieGroup, int maxCombinations = 100_000)
    {
        if (gold.Count != tieGroup.Count) throw new ArgumentException($"{tieGroup.Count} tie keys for {gold.Count} gold labels.");
        var labels = gold.ToArray();
        var mixed = Enumerable.Range(0, gold.Count)
            .Where(i => tieGroup[i] is not null)
            .GroupBy(i => tieGroup[i]!, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .Where(items => items.Select(i => gold[i]).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();

        // options of a group: each of its gold stories, or a cluster of its own
        var options = mixed.Select((items, k) => items.Select(i => gold[i]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Append($"\u0000tie{k}").ToArray()).ToList();
        foreach (var block in Blocks(options))
        {
            long combinations = block.Aggregate(1L, (p, k) => Math.Min(p * options[k].Length, long.MaxValue / 64));
            if (combinations <= maxCombinations) Exhaustive(block, mixed, options, labels, gold);
            else CoordinateAscent(block, mixed, options, labels, gold);
        }
        return (ClusteringMetrics.Score(labels, gold), labels);
    }

    /// <summary>Mixed groups connected through shared gold stories.</summary>
    private static IEnumerable<int[]> Blocks(List<string[]> options)
    {
        var parent = Enumerable.Range(0, options.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < options.Count; k++)
            foreach (var story in options[k])
                if (owner.TryGetValue(story, out var other)) parent[Find(k)] = Find(other);
                else owner[story] = k;
        return Enumerable.Range(0, options.Count).GroupBy(Find).Select(g => g.ToArray());
    }

    private static void Place(int k, string label, List<int[]> mixed, string[] labels)
    {
        foreach (var i in mixed[k]) labels[i] = label;
    }

    private static void Exhaustive(int[] block, List<int[]> mixed, List<string[]> options, string[] labels, IReadOnlyList<string> gold)
    {
        var choice = new int[block.Length];
        var best = (int[])choice.Clone();
        double bestScore = double.NegativeInfinity;
        while (true)
        {
            for (int b = 0; b < block.Length; b++) Place(block[b], options[block[b]][choice[b]], mixed, labels);
            double score = ClusteringMetrics.Score(labels, gold).BCubedF1;
            if (score > bestScore) { bestScore = score; best = (int[])choice.Clone(); }
            int d = 0;
            while (d < block.Length && ++choice[d] == options[block[d]].Length) choice[d++] = 0;
            if (d == block.Length) break;
        }
        for (int b = 0; b < block.Length; b++) Place(block[b], options[block[b]][best[b]], mixed, labels);
    }

    private static void CoordinateAscent(int[] block, List<int[]> mixed, List<string[]> options, string[] labels, IReadOnlyList<string> gold)
    {
        foreach (var k in block) Place(k, options[k][0], mixed, labels);
        double current = ClusteringMetrics.Score(labels, gold).BCubedF1;
        for (bool improved = true; improved;)
        {
            improved = false;
            foreach (var k in block)
            {
                var kept = labels[mixed[k][0]];
                foreach (var option in options[k])
                {
                    Place(k, option, mixed, labels);
                    double score = ClusteringMetrics.Score(labels, gold).BCubedF1;
                    if (score > current + 1e-12) { current = score; kept = option; improved = true; }
                }
                Place(k, kept, mixed, labels);
            }
        }
    }
}
