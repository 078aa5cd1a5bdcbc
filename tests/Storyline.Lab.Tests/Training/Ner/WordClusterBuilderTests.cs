using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Tests.Annotate.Entities;

public sealed class WordClusterBuilderTests
{
    // Invented text: town names after "in"/"near" and before "is", first names before "said"/"wrote".
    private static IEnumerable<string> Texts()
    {
        string[] towns = ["lisdale", "ormsby", "kettering", "whitby"];
        string[] names = ["ada", "tomas", "nora", "ivo"];
        for (int i = 0; i < 64; i++)
        {
            yield return $"we stayed in {towns[i % 4]} . {names[i / 4 % 4]} said it rained .";
            yield return $"a farm near {towns[(i + 1) % 4]} is old . {names[(i + 2) % 4]} wrote home .";
        }
    }

    private static WordClusterOptions Options() => new()
    {
        MaxWords = 100, MinCount = 2, ContextWords = 30, Dimensions = 32, Granularities = [4], Groups = 1,
    };

    [Fact]
    public void Clusters_put_words_used_alike_together()
    {
        var clusters = WordClusterBuilder.Build(Texts(), Options());

        int Cluster(string w) => clusters.Find(w)![0];
        Assert.All(new[] { "ormsby", "kettering", "whitby" }, w => Assert.Equal(Cluster("lisdale"), Cluster(w)));
        Assert.All(new[] { "tomas", "nora", "ivo" }, w => Assert.Equal(Cluster("ada"), Cluster(w)));
        Assert.NotEqual(Cluster("lisdale"), Cluster("ada"));
    }

    [Fact]
    public void Clusters_are_deterministic()
    {
        var a = WordClusterBuilder.Build(Texts(), Options());
        var b = WordClusterBuilder.Build(Texts(), Options());

        Assert.Equal(a.Ids.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, string.Join(',', kv.Value))),
            b.Ids.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, string.Join(',', kv.Value))));
    }
}
