using System.Text.Json.Nodes;
using Storyline.Articles;
using Storyline.Lab.Datasets.Clustering;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Builds a clustering stream from Multi-News (<c>{idx, documents[], summary}</c> per line, the validation split): each
/// cluster is one event told by several outlets, so its documents share a gold story. A seeded draw picks the clusters
/// (the file is ordered by idx, and the first ones are not a sample), empty documents are left out (the file holds
/// some), and the articles are shuffled with a seeded Fisher–Yates, so a stream is reproducible from its seed. Multi-News
/// gives no outlets, dates or titles, so the stream has none.
/// </summary>
public static class MultiNewsStreamBuilder
{
    /// <param name="path">The Multi-News JSONL file.</param>
    /// <param name="clusters">How many clusters to draw (all when the file holds fewer).</param>
    /// <param name="seed">Seed of the draw and the shuffle.</param>
    public static IReadOnlyList<LabeledArticle> Build(string path, int clusters, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 1);
        var all = new List<(string Id, List<string> Documents)>();
        foreach (var (number, obj) in StreamSource.Objects(path))
        {
            var id = obj["idx"]?.ToString() ?? throw new FormatException($"{path} line {number}: no idx.");
            var docs = obj["documents"] as JsonArray ?? throw new FormatException($"{path} line {number}: no documents array.");
            var texts = docs.Select(d => d?.GetValue<string>() ?? "").Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            // a cluster left with one document tells nothing about grouping across outlets
            if (texts.Count >= 2) all.Add(("mn" + id, texts));
        }
        var random = new Random(seed);
        StreamSource.Shuffle(all, random);
        var articles = all.Take(clusters)
            .SelectMany(c => c.Documents.Select((text, i) => new LabeledArticle(new Article($"{c.Id}-{i:D2}", path, text), c.Id)))
            .ToList();
        StreamSource.Shuffle(articles, random);
        return articles;
    }
}
