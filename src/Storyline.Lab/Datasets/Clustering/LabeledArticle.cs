using Storyline.Articles;

namespace Storyline.Lab.Datasets.Clustering;

/// <summary>An article of a clustering benchmark with its gold story.</summary>
public sealed record LabeledArticle(Article Article, string Story);

/// <summary>A clustering benchmark read from disk, with the rows that could not be read.</summary>
public sealed record ClusteringDataset(IReadOnlyList<LabeledArticle> Articles, IReadOnlyList<string> Problems);
