using System.Collections.Immutable;
namespace Storyline.Summarize;

/// <summary>How one concept (a content stem or a bigram of stems) is used across a cluster's documents.</summary>
internal struct ConceptStats
{
    /// <summary>Documents that use it.</summary>
    public int Df;
    /// <summary>Documents that use it in their lead sentences.</summary>
    public int LeadDocs;
    /// <summary>Documents that use it in their first sentence.</summary>
    public int FirstDocs;
    /// <summary>Sentences (over all documents) that use it.</summary>
    public int Sentences;
    /// <summary>Σ over documents using it of 1 / (1 + index of its first sentence there).</summary>
    public double PositionSum;
    /// <summary>Earliest sentence index at which any document uses it.</summary>
    public int MinFirst;
    /// <summary>Smallest (index of its first sentence / sentences of the document) over the documents using it, in [0, 1).</summary>
    public double MinFirstRelative;

    public void AddDocument(int firstSentence, int sentences, int leadSentences, int documentSentences)
    {
        double relative = (double)firstSentence / Math.Max(1, documentSentences);
        if (Df == 0 || firstSentence < MinFirst) MinFirst = firstSentence;
        if (Df == 0 || relative < MinFirstRelative) MinFirstRelative = relative;
        Df++;
        if (firstSentence < leadSentences) LeadDocs++;
        if (firstSentence == 0) FirstDocs++;
        Sentences += sentences;
        PositionSum += 1.0 / (1 + firstSentence);
    }
}

/// <summary>Which features a <see cref="ConceptModel"/> was trained on (recorded by name in its file).</summary>
public enum ConceptFeatureSet
{
    /// <summary>The round-2 features: cluster statistics as shares and as logs of raw counts (sentences, documents, earliest sentence index).</summary>
    Counts,

    /// <summary>
    /// Only features whose range does not grow with the input: counts become shares of the cluster (sentences using
    /// the concept among the cluster's sentences) or relative positions, and the number of documents is left out.
    /// A model trained on 500-token Multi-News inputs otherwise meets values on ten full DUC articles it never saw
    /// (docs/summarizer.md, round 7).
    /// </summary>
    SizeFree,

    /// <summary><see cref="SizeFree"/> plus log_docs (the number of documents, which DUC's 10 puts at the edge of Multi-News' 2–10).</summary>
    SizeFreeWithDocs,
}

/// <summary>
/// The feature vector of a concept for <see cref="ConceptModel"/>: cluster statistics (how many outlets
/// use it, how early) and corpus statistics of its stems (rarity, how often such a stem reaches a human
/// summary when it is in the input). Capitalisation is deliberately absent: the training corpus
/// (Multi-News) was lower-cased and only sentence starts were re-cased, so no weight could be learned for it.
/// </summary>
public static class ConceptFeatures
{
    /// <summary>Feature names of <see cref="ConceptFeatureSet.Counts"/>.</summary>
    public static readonly ImmutableArray<string> Names =
    [
        "bias", "df_share", "log_df", "df_ge2", "df_ge3", "lead_share", "first_share", "position_mean",
        "log_sentences", "log_min_first", "number", "has_stopword", "idf", "summary_prior", "unknown_stem", "log_docs",
        "part_df_min", "part_df_max",
    ];

    /// <summary>
    /// Feature names of <see cref="ConceptFeatureSet.SizeFree"/>. Dropped: log_df and df_ge3 (df_share says it relative to the
    /// cluster), log_docs (in Multi-News the number of documents also sets how short each truncated document is, a link DUC does
    /// not have); replaced: log_sentences by the concept's share of the cluster's sentences (and its log), log_min_first by the
    /// earliest first use relative to its document's length. df_ge2 (bounded: one outlet or several) is kept.
    /// </summary>
    public static readonly ImmutableArray<string> SizeFreeNames =
    [
        "bias", "df_share", "df_ge2", "lead_share", "first_share", "position_mean",
        "sentence_share", "log_sentence_share", "min_first_relative", "number", "has_stopword", "idf", "summary_prior", "unknown_stem",
        "part_df_min", "part_df_max",
    ];

    /// <summary>The most documents of a training cluster (Multi-News: 2–10): log_docs of the size-free sets stops there.</summary>
    public const int MaxTrainedDocuments = 10;

    /// <summary>Feature names of <see cref="ConceptFeatureSet.SizeFreeWithDocs"/>.</summary>
    public static readonly ImmutableArray<string> SizeFreeWithDocsNames = [.. SizeFreeNames, "log_docs"];

    /// <summary>Length of the longest feature vector of any set (buffers).</summary>
    public static int MaxCount => Math.Max(Names.Length, SizeFreeWithDocsNames.Length);

    /// <summary>Length of the <see cref="ConceptFeatureSet.Counts"/> vector.</summary>
    public static int Count => Names.Length;

    /// <summary>The feature names of a set.</summary>
    public static ImmutableArray<string> NamesOf(ConceptFeatureSet set) => set switch
    {
        ConceptFeatureSet.SizeFree => SizeFreeNames,
        ConceptFeatureSet.SizeFreeWithDocs => SizeFreeWithDocsNames,
        _ => Names,
    };

    /// <summary>The set with exactly these feature names, or null.</summary>
    public static ConceptFeatureSet? FromNames(IEnumerable<string> names)
    {
        var list = names.ToArray();
        foreach (var set in Enum.GetValues<ConceptFeatureSet>())
            if (list.SequenceEqual(NamesOf(set))) return set;
        return null;
    }

    /// <summary>Fills <paramref name="x"/> (the set's length) for a concept with cluster statistics <paramref name="s"/> and the given facts about its content stems.</summary>
    /// <param name="parts">Facts about each content stem of the concept (one for a stem, up to two for a bigram).</param>
    /// <param name="sentences">Sentences of the whole cluster.</param>
    internal static void Compute(ConceptFeatureSet set, in ConceptStats s, int documents, int sentences, ReadOnlySpan<StemFacts> parts, bool hasStopword, Span<double> x)
    {
        double n = Math.Max(1, documents);
        bool number = false;
        double idf = 0, prior = 0;
        int known = 0;
        // a bigram of two widely used stems ("Hun Sen", "death toll") vs one that pairs a common stem with a rare one
        int minDf = int.MaxValue, maxDf = 0;
        foreach (var p in parts)
        {
            number |= p.Number;
            idf += p.Idf;
            if (p.Known) { prior += p.Prior; known++; }
            minDf = Math.Min(minDf, p.ClusterDf);
            maxDf = Math.Max(maxDf, p.ClusterDf);
        }
        double meanIdf = parts.Length == 0 ? 0 : idf / parts.Length / 10;
        double meanPrior = known == 0 ? 0 : prior / known;
        double partMin = parts.Length == 0 ? 0 : minDf / n, partMax = parts.Length == 0 ? 0 : maxDf / n;
        if (set != ConceptFeatureSet.Counts)
        {
            double share = Math.Max(1, s.Sentences) / (double)Math.Max(Math.Max(1, s.Sentences), sentences);
            x[0] = 1;
            x[1] = s.Df / n;
            x[2] = s.Df >= 2 ? 1 : 0;
            x[3] = s.LeadDocs / n;
            x[4] = s.FirstDocs / n;
            x[5] = s.Df == 0 ? 0 : s.PositionSum / s.Df;
            x[6] = share;
            x[7] = Math.Log(share);
            x[8] = s.MinFirstRelative;
            x[9] = number ? 1 : 0;
            x[10] = hasStopword ? 1 : 0;
            x[11] = meanIdf;
            x[12] = meanPrior;
            x[13] = known == 0 ? 1 : 0;
            x[14] = partMin;
            x[15] = partMax;
            // Multi-News clusters have 2–10 documents: a larger story (a digest of 20 articles) is held at the edge the model saw
            if (set == ConceptFeatureSet.SizeFreeWithDocs) x[16] = Math.Log(Math.Min(n, MaxTrainedDocuments));
            return;
        }
        x[0] = 1;
        x[1] = s.Df / n;
        x[2] = Math.Log(1 + s.Df);
        x[3] = s.Df >= 2 ? 1 : 0;
        x[4] = s.Df >= 3 ? 1 : 0;
        x[5] = s.LeadDocs / n;
        x[6] = s.FirstDocs / n;
        x[7] = s.Df == 0 ? 0 : s.PositionSum / s.Df;
        x[8] = Math.Log(1 + s.Sentences);
        x[9] = Math.Log(1 + s.MinFirst);
        x[10] = number ? 1 : 0;
        x[11] = hasStopword ? 1 : 0;
        x[12] = meanIdf;
        x[13] = meanPrior;
        x[14] = known == 0 ? 1 : 0;
        x[15] = Math.Log(n);
        x[16] = partMin;
        x[17] = partMax;
    }
}

/// <summary>What the features need to know about one content stem of a concept.</summary>
/// <param name="Idf">Corpus inverse document frequency (<see cref="ConceptLexicon.Idf"/>).</param>
/// <param name="Known">Whether the lexicon has a summary prior for the stem.</param>
/// <param name="Prior">That prior (<see cref="ConceptLexicon.TryPrior"/>).</param>
/// <param name="Number">The stem is all digits.</param>
/// <param name="ClusterDf">Documents of the cluster using the stem.</param>
internal readonly record struct StemFacts(double Idf, bool Known, double Prior, bool Number, int ClusterDf);
