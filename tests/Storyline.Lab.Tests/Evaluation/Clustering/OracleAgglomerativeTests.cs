using Storyline.Articles;
using Storyline.Lab.Evaluation.Clustering;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class OracleAgglomerativeTests
{
    // Five items: {0,1} and {2,3} are tight pairs; item 4 is close to 2 but far from 3, and moderately close to 0 and 1,
    // so average link puts it with {2,3} (mean 0.475 > 0.45) and complete link with {0,1} (worst pair 0.45 > 0.25).
    private static readonly float[,] Five =
    {
        { 1.0f, 0.9f, 0.3f, 0.2f, 0.45f },
        { 0.9f, 1.0f, 0.4f, 0.1f, 0.45f },
        { 0.3f, 0.4f, 1.0f, 0.8f, 0.7f },
        { 0.2f, 0.1f, 0.8f, 1.0f, 0.25f },
        { 0.45f, 0.45f, 0.7f, 0.25f, 1.0f },
    };

    private static float[] Flat(float[,] m)
    {
        int n = m.GetLength(0);
        var flat = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) flat[i * n + j] = m[i, j];
        return flat;
    }

    private static void AssertMerges(IReadOnlyList<DendrogramMerge> actual, params (int Left, int Right, double Similarity, int Size)[] expected)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int m = 0; m < expected.Length; m++)
        {
            Assert.Equal((expected[m].Left, expected[m].Right, expected[m].Size), (actual[m].Left, actual[m].Right, actual[m].Size));
            Assert.Equal(expected[m].Similarity, actual[m].Similarity, 5);
        }
    }

    [Fact]
    public void AverageLinkJoinsByMeanSimilarity() =>
        AssertMerges(OracleAgglomerative.Dendrogram(Flat(Five), 5, Linkage.Average),
            (0, 1, 0.9, 2), (2, 3, 0.8, 2), (2, 4, 0.475, 3), (0, 2, 0.95 / 3, 5));

    [Fact]
    public void CompleteLinkJoinsByWorstPair() =>
        AssertMerges(OracleAgglomerative.Dendrogram(Flat(Five), 5, Linkage.Complete),
            (0, 1, 0.9, 2), (2, 3, 0.8, 2), (0, 4, 0.45, 3), (0, 2, 0.1, 5));

    [Fact]
    public void SingleLinkJoinsByBestPair() =>
        AssertMerges(OracleAgglomerative.Dendrogram(Flat(Five), 5, Linkage.Single),
            (0, 1, 0.9, 2), (2, 3, 0.8, 2), (2, 4, 0.7, 3), (0, 2, 0.45, 5));

    [Theory]
    [InlineData(Linkage.Single)]
    [InlineData(Linkage.Average)]
    [InlineData(Linkage.Complete)]
    public void NearestNeighbourChainGivesTheGreedyDendrogram(Linkage linkage)
    {
        // the textbook algorithm (merge the most similar pair of clusters, linkage computed from the original matrix) as
        // the reference; random similarities have no ties, so the dendrogram is unique
        for (int seed = 1; seed <= 20; seed++)
        {
            var random = new Random(seed);
            int n = 3 + seed % 12;
            var s = new float[n, n];
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) s[i, j] = s[j, i] = (float)random.NextDouble();
            var merges = OracleAgglomerative.Dendrogram(Flat(s), n, linkage);

            AssertGreedy(merges, n, (a, b) =>
            {
                var pairs = a.SelectMany(i => b.Select(j => (double)s[i, j])).ToList();
                return linkage switch { Linkage.Single => pairs.Max(), Linkage.Complete => pairs.Min(), _ => pairs.Average() };
            }, precision: 5, checkSize: true);
        }
    }

    [Fact]
    public void WardJoinsTheClustersWhoseMergeAddsLeastVariance()
    {
        // reference: random unit vectors, merge value 1 − (|A||B|/(|A|+|B|))·‖c_A − c_B‖² from the centroids themselves
        for (int seed = 1; seed <= 10; seed++)
        {
            var random = new Random(seed);
            int n = 4 + seed, dims = 5;
            var x = new double[n][];
            for (int i = 0; i < n; i++)
            {
                x[i] = Enumerable.Range(0, dims).Select(_ => random.NextDouble() - 0.3).ToArray();
                double norm = Math.Sqrt(x[i].Sum(v => v * v));
                for (int d = 0; d < dims; d++) x[i][d] /= norm;
            }
            var flat = new float[n * n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) flat[i * n + j] = (float)Enumerable.Range(0, dims).Sum(d => x[i][d] * x[j][d]);
            var merges = OracleAgglomerative.Dendrogram(flat, n, Linkage.Ward);

            double[] Centroid(List<int> c) => Enumerable.Range(0, dims).Select(d => c.Average(i => x[i][d])).ToArray();
            AssertGreedy(merges, n, (a, b) =>
            {
                double[] ca = Centroid(a), cb = Centroid(b);
                double gap = Enumerable.Range(0, dims).Sum(d => (ca[d] - cb[d]) * (ca[d] - cb[d]));
                return 1 - (double)a.Count * b.Count / (a.Count + b.Count) * gap;
            }, precision: 4, checkSize: false);
        }
    }

    /// <summary>
    /// Checks a dendrogram against the textbook algorithm: merge the pair of clusters of highest <paramref name="linkage"/>
    /// (computed from the members, not updated), again and again.
    /// </summary>
    private static void AssertGreedy(IReadOnlyList<DendrogramMerge> merges, int n, Func<List<int>, List<int>, double> linkage, int precision, bool checkSize)
    {
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        for (int m = 0; m < n - 1; m++)
        {
            double best = double.NegativeInfinity;
            (int A, int B) pair = (-1, -1);
            for (int a = 0; a < clusters.Count; a++)
                for (int b = a + 1; b < clusters.Count; b++)
                {
                    double v = linkage(clusters[a], clusters[b]);
                    if (v > best) { best = v; pair = (a, b); }
                }
            var joined = clusters[pair.A].Concat(clusters[pair.B]).ToList();
            Assert.Equal(best, merges[m].Similarity, precision);
            if (checkSize) Assert.Equal(joined.Count, merges[m].Size);
            // the merge joins the two clusters that hold its representatives
            Assert.Equal(Math.Min(clusters[pair.A].Min(), clusters[pair.B].Min()), merges[m].Left);
            Assert.Equal(Math.Max(clusters[pair.A].Min(), clusters[pair.B].Min()), merges[m].Right);
            clusters[pair.A] = joined;
            clusters.RemoveAt(pair.B);
        }
    }

    [Fact]
    public void TiesAreBrokenByIndex()
    {
        // every pair equally similar: each step joins the lowest-indexed remaining item to the cluster of item 0
        var flat = Enumerable.Repeat(0.5f, 36).ToArray();
        foreach (var linkage in new[] { Linkage.Average, Linkage.Complete })
            AssertMerges(OracleAgglomerative.Dendrogram(flat, 6, linkage),
                (0, 1, 0.5, 2), (0, 2, 0.5, 3), (0, 3, 0.5, 4), (0, 4, 0.5, 5), (0, 5, 0.5, 6));
    }

    [Fact]
    public void TheSameInputGivesTheSameDendrogram()
    {
        var random = new Random(7);
        int n = 40;
        var flat = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) flat[i * n + j] = flat[j * n + i] = MathF.Round((float)random.NextDouble(), 1); // many ties
        foreach (var linkage in new[] { Linkage.Average, Linkage.Complete, Linkage.Ward })
            Assert.Equal(OracleAgglomerative.Dendrogram(flat, n, linkage), OracleAgglomerative.Dendrogram(flat, n, linkage));
    }

    [Fact]
    public void TheInputMatrixIsNotModified()
    {
        var flat = Flat(Five);
        var before = (float[])flat.Clone();
        OracleAgglomerative.Dendrogram(flat, 5, Linkage.Average);
        Assert.Equal(before, flat);
    }

    [Fact]
    public void TheOracleCutFindsAPerfectClusteringWhenTheDendrogramHasOne()
    {
        // three gold groups, tight inside (0.7–0.9) and loose across (0.05–0.3), items interleaved
        string[] gold = ["a", "b", "c", "a", "b", "c", "a", "b", "c", "a"];
        int n = gold.Length;
        var random = new Random(3);
        var flat = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                flat[i * n + j] = flat[j * n + i] = gold[i] == gold[j] ? 0.7f + 0.2f * (float)random.NextDouble() : 0.05f + 0.25f * (float)random.NextDouble();
        foreach (var linkage in new[] { Linkage.Average, Linkage.Complete, Linkage.Ward })
        {
            var cut = OracleAgglomerative.BestCut(OracleAgglomerative.Dendrogram(flat, n, linkage), gold);
            Assert.Equal(1.0, cut.Scores.BCubedF1, 10);
            Assert.Equal(n - 3, cut.Merges);
            Assert.Equal(3, cut.Scores.PredictedClusters);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) Assert.Equal(gold[i] == gold[j], cut.Labels[i] == cut.Labels[j]);
        }
    }

    [Fact]
    public void EveryLevelIsScoredAsTheMetricScoresIt()
    {
        // the incremental BCubed of each level equals a full re-scoring of that level's partition, and the best level wins
        var random = new Random(11);
        int n = 30;
        var flat = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) flat[i * n + j] = flat[j * n + i] = (float)random.NextDouble();
        var gold = Enumerable.Range(0, n).Select(i => ((i * 7) % 4).ToString()).ToArray();
        var merges = OracleAgglomerative.Dendrogram(flat, n, Linkage.Average);
        var cut = OracleAgglomerative.BestCut(merges, gold);
        Assert.Equal(n, cut.BCubedF1ByMerges.Length);
        double best = 0;
        for (int m = 0; m < n; m++)
        {
            double f1 = ClusteringMetrics.Score(OracleAgglomerative.CutLabels(merges, n, m), gold).BCubedF1;
            Assert.Equal(f1, cut.BCubedF1ByMerges[m], 9);
            best = Math.Max(best, f1);
        }
        Assert.Equal(best, cut.Scores.BCubedF1, 9);
        Assert.True(cut.Scores.BCubedF1 < 1);
        Assert.Equal(merges[cut.Merges - 1].Similarity, cut.Similarity);
    }

    [Fact]
    public void ArticlesOfOneEventAreCutIntoOneStory()
    {
        // invented events: two reports each of a dam failure, a chess final and a satellite launch
        Article A(string id, string title, string text) => new(id, id, text, new ArticleMetadata { Title = title });
        var articles = new[]
        {
            A("1", "Dam fails above Korvel", "The Korvel dam failed overnight and flood water reached the lower valley, officials said."),
            A("2", "Grandmaster Ostrava wins chess final", "Ostrava won the chess final in Lisbrook after a long endgame against the defending champion."),
            A("3", "Satellite Meridian-4 reaches orbit", "The Meridian-4 weather satellite reached orbit after launch from the Teyla coast."),
            A("4", "Korvel valley evacuated after dam failure", "Residents of the Korvel valley were evacuated as flood water from the failed dam rose."),
            A("5", "Meridian-4 launch a success", "Engineers confirmed the Meridian-4 satellite is in orbit and its weather instruments work."),
            A("6", "Ostrava takes title in Lisbrook", "In Lisbrook the chess champion Ostrava sealed the final with a quiet endgame."),
        };
        string[] gold = ["dam", "chess", "space", "dam", "space", "chess"];
        var vectors = TfIdfVectors.Build(articles);
        Assert.Equal(6, vectors.Count);
        var cosine = vectors.CosineMatrix();
        Assert.Equal(1f, cosine[0], 4);
        Assert.True(cosine[0 * 6 + 3] > cosine[0 * 6 + 1]);
        Assert.Equal(cosine[1 * 6 + 5], cosine[5 * 6 + 1]);
        foreach (var linkage in new[] { Linkage.Average, Linkage.Complete, Linkage.Ward })
        {
            var cut = OracleAgglomerative.BestCut(OracleAgglomerative.Dendrogram(vectors, linkage), gold);
            Assert.Equal(1.0, cut.Scores.BCubedF1, 10);
        }
    }

    [SharedDataFact]
    public void TheDocumentedDucUpperBoundIsReproducedInAnyStreamOrder()
    {
        // docs/clustering.md, "How far is bag-of-words from the target?": a feature change that moves these must re-measure
        foreach (var seed in new[] { 1, 2 })
        {
            var data = DucStreamBuilder.Build(SharedData.Path("data", "duc2004", "task2.jsonl"), seed);
            var vectors = TfIdfVectors.Build(data.Select(a => a.Article).ToList());
            var gold = data.Select(a => a.Story).ToList();
            Assert.Equal(0.8339, OracleAgglomerative.BestCut(OracleAgglomerative.Dendrogram(vectors, Linkage.Average), gold).Scores.BCubedF1, 3);
            Assert.Equal(0.8639, OracleAgglomerative.BestCut(OracleAgglomerative.Dendrogram(vectors, Linkage.Complete), gold).Scores.BCubedF1, 3);
        }
    }
}
