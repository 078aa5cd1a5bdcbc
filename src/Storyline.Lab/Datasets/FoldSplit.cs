namespace Storyline.Lab.Datasets;

/// <summary>Assigns items to k folds of near-equal size, shuffled by a fixed seed (the same split every run).</summary>
public static class FoldSplit
{
    public static int[] Assign(int count, int folds, int seed)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "cross-validation needs at least 2 folds");
        if (count < folds) throw new ArgumentException($"{count} items cannot fill {folds} folds", nameof(count));
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (int r = 0; r < count; r++) fold[order[r]] = r % folds;
        return fold;
    }
}
