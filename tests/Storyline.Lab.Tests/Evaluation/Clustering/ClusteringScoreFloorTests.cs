using Storyline.Cluster;
using Storyline.Lab.Evaluation.Clustering;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Clustering;

/// <summary>Floors at the measured scores minus 0.01 (docs/clustering.md): a change that loses quality fails here.</summary>
public sealed class ClusteringScoreFloorTests
{
    private static ClusteringScores Score(IReadOnlyList<LabeledArticle> data)
    {
        var result = new OnlineStoryGrouper().Group(data.Select(a => a.Article).ToList());
        return ClusteringMetrics.Score(data.Select(a => result.StoryOf[a.Article.Id]).ToList(), data.Select(a => a.Story).ToList());
    }

    [SharedDataTheory]
    [InlineData(1, 0.816)] // measured 0.8262
    [InlineData(2, 0.805)] // measured 0.8154
    [InlineData(3, 0.806)] // measured 0.8164
    public void DucStreamBCubedF1StaysAtItsMeasuredLevel(int seed, double floor)
    {
        var data = DucStreamBuilder.Build(SharedData.Path("data", "duc2004", "task2.jsonl"), seed);
        Assert.Equal(500, data.Count);
        Assert.True(Score(data).BCubedF1 >= floor, $"BCubed F1 below {floor}");
    }

    [SharedDataFact]
    public void UciHeadlinesBCubedF1StaysAtItsMeasuredLevel()
    {
        var data = UciNewsReader.Read(SharedData.Path("data", "clustering", "uci-news-subset.csv"));
        Assert.Equal(6366, data.Articles.Count);
        Assert.Single(data.Problems); // the cut-off last row
        Assert.True(Score(data.Articles).BCubedF1 >= UciFloor, $"BCubed F1 below {UciFloor}");
    }

    [SharedDataFact]
    public void ShuffledUndatedUciHeadlinesBCubedF1StaysAtItsMeasuredLevel()
    {
        // content only: UCI's timestamps are per-story crawl times, so this is the number a time rule cannot inflate
        // (the same shuffle as `eval clustering --shuffle 1`)
        var list = UciNewsReader.Read(SharedData.Path("data", "clustering", "uci-news-subset.csv")).Articles
            .Select(a => a with { Article = new Storyline.Articles.Article(a.Article.Id, a.Article.Source, a.Article.Text, a.Article.Metadata with { Published = null, PublishedInferred = false }) })
            .ToList();
        var random = new Random(1);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        Assert.True(Score(list).BCubedF1 >= ShuffledUciFloor, $"BCubed F1 below {ShuffledUciFloor}");
    }

    private const double UciFloor = 0.813; // measured 0.8233 (round 2: 0.8271; the re-split costs 0.004 here and gains 0.014 shuffled)
    private const double ShuffledUciFloor = 0.782; // measured 0.7926
}
