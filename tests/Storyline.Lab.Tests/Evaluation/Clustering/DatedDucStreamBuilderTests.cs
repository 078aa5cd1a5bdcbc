using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Lab.Tests.Evaluation.Clustering;

public sealed class DatedDucStreamBuilderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"duc-{Guid.NewGuid():N}.jsonl");

    public DatedDucStreamBuilderTests()
    {
        // invented clusters of 10, 5 and 3 documents
        var lines = new[] { ("c1", 10), ("c2", 5), ("c3", 3) }.Select(c =>
            $$"""{"cluster_id": "{{c.Item1}}", "documents": [{{string.Join(", ", Enumerable.Range(0, c.Item2).Select(i => $"\"report {i} of {c.Item1}\""))}}]}""");
        File.WriteAllLines(_file, lines);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Every_document_is_dated_in_publication_order_and_clusters_come_in_bursts_with_quiet_spells()
    {
        var stream = DatedDucStreamBuilder.Build(_file, seed: 3);
        Assert.Equal(18, stream.Count);
        var times = stream.Select(a => a.Article.Metadata.Published!.Value).ToList();
        Assert.Equal(times.Order(), times);
        foreach (var cluster in stream.GroupBy(a => a.Story))
        {
            var dates = cluster.Select(a => a.Article.Metadata.Published!.Value).Order().ToList();
            var gaps = dates.Zip(dates.Skip(1), (a, b) => b - a).ToList();
            // within a burst at most its span apart; between bursts longer than the grouper's 3-day window
            Assert.All(gaps, g => Assert.True(g <= DatedDucStreamBuilder.EpisodeSpan || g >= DatedDucStreamBuilder.MinGap, $"gap {g}"));
            int quiet = gaps.Count(g => g >= DatedDucStreamBuilder.MinGap);
            Assert.InRange(quiet, cluster.Count() >= 4 ? 1 : 0, 2);
            Assert.All(cluster, a => Assert.EndsWith("of " + cluster.Key, a.Article.Text));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_stream_and_another_seed_another()
    {
        string Describe(int seed) => string.Join(";", DatedDucStreamBuilder.Build(_file, seed).Select(a => a.Article.Id + "@" + a.Article.Metadata.Published!.Value.ToString("O")));
        Assert.Equal(Describe(1), Describe(1));
        Assert.NotEqual(Describe(1), Describe(2));
    }
}
