using Storyline.Articles;
using Storyline.Lab.Datasets.Clustering;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Builds a dated clustering stream from DUC 2004 Task 2: each cluster's documents are spread over several weeks in
/// two or three bursts ("episodes") separated by quiet spells longer than the grouper's active window, so a grouper that
/// forgets a quiet story splits every cluster at every gap. DUC gives no dates; these are invented, seeded, and only the
/// gaps matter: the documents of an episode fall within <see cref="EpisodeSpan"/>, episodes are
/// <see cref="MinGap"/>–<see cref="MaxGap"/> apart, clusters start at random days of a <see cref="StartSpread"/> season and
/// overlap, and the stream is in publication order (ties in a seeded order).
/// </summary>
public static class DatedDucStreamBuilder
{
    /// <summary>The first day of the invented season.</summary>
    public static readonly DateTimeOffset Start = new(1998, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Clusters start on a random day within this span, so dozens of stories are active and quiet at once.</summary>
    public static readonly TimeSpan StartSpread = TimeSpan.FromDays(90);

    /// <summary>An episode's documents are published within this span of its first one.</summary>
    public static readonly TimeSpan EpisodeSpan = TimeSpan.FromDays(2);

    /// <summary>Quiet spells between episodes: 10 to 35 days, all well past the 3-day active window.</summary>
    public static readonly TimeSpan MinGap = TimeSpan.FromDays(10), MaxGap = TimeSpan.FromDays(35);

    public static IReadOnlyList<LabeledArticle> Build(string ducPath, int seed)
    {
        var random = new Random(seed);
        var dated = new List<(DateTimeOffset Time, int Tie, LabeledArticle Article)>();
        foreach (var (cluster, documents) in DucStreamBuilder.Clusters(ducPath))
        {
            var order = Enumerable.Range(0, documents.Count).ToList();
            StreamSource.Shuffle(order, random);
            var sizes = EpisodeSizes(order.Count, random);
            var episodeStart = Start + Days(random, 0, StartSpread.TotalDays);
            int next = 0;
            foreach (var size in sizes)
            {
                for (int k = 0; k < size; k++, next++)
                {
                    int i = order[next];
                    var published = Minute(episodeStart + Days(random, 0, EpisodeSpan.TotalDays));
                    var article = new Article($"{cluster}-{i:D2}", ducPath, documents[i], new ArticleMetadata { Published = published });
                    dated.Add((published, random.Next(), new LabeledArticle(article, cluster)));
                }
                episodeStart += EpisodeSpan + Days(random, MinGap.TotalDays, MaxGap.TotalDays);
            }
        }
        return dated.OrderBy(d => d.Time).ThenBy(d => d.Tie).ThenBy(d => d.Article.Article.Id, StringComparer.Ordinal).Select(d => d.Article).ToList();
    }

    /// <summary>Two or three episodes of at least two documents each (one episode when the cluster is too small to cut).</summary>
    private static List<int> EpisodeSizes(int count, Random random)
    {
        int episodes = count >= 6 ? random.Next(2, 4) : count >= 4 ? 2 : 1;
        var sizes = Enumerable.Repeat(2, episodes).ToList();
        for (int rest = count - 2 * episodes; rest > 0; rest--) sizes[random.Next(episodes)]++;
        return sizes;
    }

    private static TimeSpan Days(Random random, double min, double max) => TimeSpan.FromDays(min + random.NextDouble() * (max - min));

    private static DateTimeOffset Minute(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
}
