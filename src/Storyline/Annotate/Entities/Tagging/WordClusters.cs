using System.Collections.Frozen;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// Distributional word classes learned from unlabelled news text (built by the lab's word-cluster builder):
/// each lower-cased word has one cluster id per granularity (coarse to fine), so words used alike
/// (city names, first names, club names) share features even when the labelled data never saw them.
/// </summary>
internal sealed class WordClusters
{
    private readonly FrozenDictionary<string, ushort[]> _ids;

    public WordClusters(IReadOnlyList<int> granularities, IReadOnlyDictionary<string, ushort[]> ids)
    {
        Granularities = granularities.ToArray();
        Ids = ids;
        _ids = ids.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static WordClusters Empty { get; } = new([], new Dictionary<string, ushort[]>());

    /// <summary>Levels per clustering (coarse to fine: 64, 256 and 1,024 classes); a model holds several clusterings one
    /// after another, and features that read one level per clustering step through them by this much.</summary>
    public const int LevelsPerGroup = 3;

    /// <summary>Marks the level that holds a capitalisation profile (how often the word is capitalised mid-sentence) rather than a cluster.</summary>
    public const int CaseProfileLevel = -5;

    /// <summary>Index of the capitalisation-profile level, or -1.</summary>
    public int CaseLevel => Array.IndexOf((int[])Granularities, CaseProfileLevel);

    /// <summary>Number of clusters at each level.</summary>
    public IReadOnlyList<int> Granularities { get; }

    public IReadOnlyDictionary<string, ushort[]> Ids { get; }

    public int Count => _ids.Count;

    /// <summary>The word's cluster ids (one per granularity), or null when the word was not clustered.</summary>
    public ushort[]? Find(string lowered) => _ids.GetValueOrDefault(lowered);
}
