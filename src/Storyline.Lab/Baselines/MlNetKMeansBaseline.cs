using Storyline.Lab.Datasets.Clustering;
using Microsoft.ML;
using Microsoft.ML.Data;
using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Lab.Baselines;

/// <summary>
/// Reference row: ML.NET's <c>FeaturizeText</c> (word 1–2-grams + char 3-grams, L2-normalised) and
/// <c>KMeansTrainer</c> told the gold number of stories: an oracle-k batch baseline that sees the whole
/// collection at once.
/// </summary>
internal static class MlNetKMeansBaseline
{
    private sealed class Row
    {
        public string Text { get; set; } = "";
    }

    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")]
        public uint Cluster { get; set; }
    }

    /// <summary>A story label per article, or null when no article has text to featurize (ML.NET cannot size an empty vocabulary).</summary>
    public static IReadOnlyList<string>? Cluster(IReadOnlyList<LabeledArticle> articles, int k, int seed = 1)
    {
        var ml = new MLContext(seed);
        var rows = articles.Select(a => new Row
        {
            Text = a.Article.Metadata.Title is { } t && t != a.Article.Text ? t + "\n" + a.Article.Text : a.Article.Text,
        }).ToList();
        if (rows.All(r => string.IsNullOrWhiteSpace(r.Text))) return null;
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text))
            .Append(ml.Clustering.Trainers.KMeans("Features", numberOfClusters: k));
        var model = pipeline.Fit(data);
        return ml.Data.CreateEnumerable<Prediction>(model.Transform(data), reuseRowObject: false)
            .Select(p => "k" + p.Cluster)
            .ToList();
    }
}
