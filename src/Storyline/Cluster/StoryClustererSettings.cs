namespace Storyline.Cluster;

/// <summary>
/// Thresholds of the online story clusterer (<see cref="StoryStream"/>). Each value names the measurement
/// behind it; the tuning protocol (chosen on DUC 2004, checked on UCI headlines) is in <c>docs/clustering.md</c>.
/// </summary>
public sealed record StoryClustererSettings
{
    /// <summary>Title words count this many times: a headline names the event.</summary>
    public float TitleBoost { get; init; } = 2f;

    /// <summary>Names (entity mentions, or capitalised words not starting a sentence) count this many times:
    /// stories are told apart by who and where, not by common words.</summary>
    public float NameBoost { get; init; } = 2f;

    /// <summary>Cosine similarity between an article and a story centroid above which the article joins the story.</summary>
    public double JoinThreshold { get; init; } = 0.25;

    /// <summary>Cosine between two story centroids above which they are merged into one.</summary>
    public double MergeThreshold { get; init; } = 0.5;

    /// <summary>The article's highest-weighted terms used to look up candidate stories in the inverted index.</summary>
    public int QueryTerms { get; init; } = 12;

    /// <summary>Terms a story centroid keeps (the heaviest); bounds memory per story.</summary>
    public int MaxCentroidTerms { get; init; } = 400;

    /// <summary>A story with no new article for this long is closed: a later article on similar words opens a new story.</summary>
    public TimeSpan ActiveWindow { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Similarity to a story decays with the time since its last article: multiplied by
    /// 1 / (1 + idle / <see cref="DecayHalfLife"/>), so a story idle this long needs twice the similarity.</summary>
    public TimeSpan DecayHalfLife { get; init; } = TimeSpan.FromDays(2);

    public static StoryClustererSettings Default { get; } = new();
}
