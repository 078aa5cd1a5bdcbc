using Storyline.Similarity;

namespace Storyline.Tests.Similarity;

public sealed class TermWeightsTests
{
    private static readonly string[] Vocabulary = ["dam", "fail", "governor", "vasko", "firm", "record", "inspect", "three", "day", "resid", "school", "rain"];

    [Fact]
    public void Vector_similarity_equals_the_weighted_jaccard_of_the_sets()
    {
        var random = new Random(20261123);
        var sets = Enumerable.Range(0, 40)
            .Select(_ => (IReadOnlySet<string>)Vocabulary.Where(_ => random.Next(3) == 0).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var weights = new TermWeights(sets.Take(30));   // the last ten sets may hold terms the weights never saw
        var vectors = sets.Select(weights.Vector).ToList();
        for (int i = 0; i < sets.Count; i++)
            for (int j = 0; j < sets.Count; j++)
                Assert.Equal(weights.Similarity(sets[i], sets[j]), TermWeights.Similarity(vectors[i], vectors[j]), 12);
    }

    [Fact]
    public void Identical_sets_score_one_and_disjoint_or_empty_sets_zero()
    {
        var weights = new TermWeights([new HashSet<string> { "dam", "fail" }, new HashSet<string> { "rain" }]);
        var a = weights.Vector(new HashSet<string> { "dam", "fail" });
        Assert.Equal(1, TermWeights.Similarity(a, weights.Vector(new HashSet<string> { "fail", "dam" })), 12);
        Assert.Equal(0, TermWeights.Similarity(a, weights.Vector(new HashSet<string> { "rain" })));
        Assert.Equal(0, TermWeights.Similarity(a, weights.Vector(new HashSet<string>())));
    }
}
