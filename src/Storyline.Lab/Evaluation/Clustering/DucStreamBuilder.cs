using Storyline.Lab.Datasets.Clustering;
using System.Text.Json.Nodes;
using Storyline.Articles;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Builds a clustering stream from DUC 2004 Task 2 (<c>{cluster_id, documents[]}</c> per line):
/// every document becomes an article whose gold story is its cluster, shuffled with a seeded
/// Fisher–Yates so the order is reproducible. DUC gives no dates or titles, so the stream has none.
/// </summary>
public static class DucStreamBuilder
{
    public static IReadOnlyList<LabeledArticle> Build(string ducPath, int seed)
    {
        var articles = new List<LabeledArticle>();
        foreach (var (cluster, documents) in Clusters(ducPath))
            for (int i = 0; i < documents.Count; i++)
                articles.Add(new LabeledArticle(new Article($"{cluster}-{i:D2}", ducPath, documents[i]), cluster));
        StreamSource.Shuffle(articles, new Random(seed));
        return articles;
    }

    /// <summary>Each cluster's id and its documents, in file order.</summary>
    internal static IEnumerable<(string Cluster, IReadOnlyList<string> Documents)> Clusters(string ducPath)
    {
        foreach (var (number, obj) in StreamSource.Objects(ducPath))
        {
            var cluster = obj["cluster_id"]?.GetValue<string>()
                ?? throw new FormatException($"{ducPath} line {number}: no cluster_id.");
            var docs = obj["documents"] as JsonArray
                ?? throw new FormatException($"{ducPath} line {number}: no documents array.");
            yield return (cluster, docs.Select(d => d?.GetValue<string>() ?? "").ToList());
        }
    }
}
