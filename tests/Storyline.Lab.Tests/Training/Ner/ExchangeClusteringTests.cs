using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Tests.Annotate.Entities;

public sealed class ExchangeClusteringTests
{
    // Invented vocabulary ids: 0–1 determiners, 2–5 nouns, 6–8 verbs, 9 the full stop; 10 stands for an unknown word.
    private static readonly int[][] Roles = [[0, 1], [2, 3, 4, 5], [6, 7, 8], [9]];

    // "det noun verb ." sentences cycling through every combination, with an unknown word (-1) now and then.
    private static int[][] Corpus()
    {
        var tokens = new List<int>();
        for (int i = 0; i < 240; i++)
        {
            tokens.Add(Roles[0][i % 2]);
            tokens.Add(Roles[1][i / 2 % 4]);
            if (i % 7 == 0) tokens.Add(-1);
            tokens.Add(Roles[2][i / 8 % 3]);
            tokens.Add(9);
        }
        return [tokens.ToArray()];
    }

    [Fact]
    public void Words_used_alike_share_a_class_at_the_coarsest_level()
    {
        var levels = ExchangeClustering.Cluster(Corpus(), vocabSize: 10, levels: [4, 8], iterations: 10, flatUpTo: 4);

        foreach (var role in Roles)
            Assert.All(role, w => Assert.Equal(levels[0][role[0]], levels[0][w]));
        Assert.Equal(4, Roles.Select(role => levels[0][role[0]]).Distinct().Count());
    }

    [Fact]
    public void Finer_levels_split_their_parent_class_like_path_prefixes()
    {
        var levels = ExchangeClustering.Cluster(Corpus(), vocabSize: 10, levels: [4, 8], iterations: 10, flatUpTo: 4);

        for (int w = 0; w < 10; w++) Assert.Equal(levels[0][w], levels[1][w] / 2);
    }

    [Fact]
    public void Clustering_twice_gives_the_same_classes()
    {
        var first = ExchangeClustering.Cluster(Corpus(), 10, [4, 8], 10, 4, seed: 3);
        var second = ExchangeClustering.Cluster(Corpus(), 10, [4, 8], 10, 4, seed: 3);

        Assert.Equal(first, second);
    }
}
