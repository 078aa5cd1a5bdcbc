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

    public void AddDocument(int firstSentence, int sentences, int leadSentences)
    {
        if (Df == 0 || firstSentence < MinFirst) MinFirst = firstSentence;
        Df++;
        if (firstSentence < leadSentences) LeadDocs++;
        if (firstSentence == 0) FirstDocs++;
        Sentences += sentences;
        PositionSum += 1.0 / (1 + firstSentence);
    }
}

/// <summary>
/// The feature vector of a concept for <see cref="ConceptModel"/>: cluster statistics (how many outlets
/// use it, how early) and corpus statistics of its stems (rarity, how often such a stem reaches a human
/// summary when it is in the input). Capitalisation is deliberately absent: the training corpus
/// (Multi-News) was lower-cased and only sentence starts were re-cased, so no weight could be learned for it.
/// </summary>
public static class ConceptFeatures
{
    public static readonly string[] Names =
    [
        "bias", "df_share", "log_df", "df_ge2", "df_ge3", "lead_share", "first_share", "position_mean",
        "log_sentences", "log_min_first", "number", "has_stopword", "idf", "summary_prior", "unknown_stem", "log_docs",
        "part_df_min", "part_df_max",
    ];

    public static int Count => Names.Length;

    /// <summary>Fills <paramref name="x"/> for a concept with cluster statistics <paramref name="s"/> and the given facts about its content stems.</summary>
    /// <param name="parts">Facts about each content stem of the concept (one for a stem, up to two for a bigram).</param>
    internal static void Compute(in ConceptStats s, int documents, ReadOnlySpan<StemFacts> parts, bool hasStopword, Span<double> x)
    {
        double n = Math.Max(1, documents);
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
        x[10] = number ? 1 : 0;
        x[11] = hasStopword ? 1 : 0;
        x[12] = parts.Length == 0 ? 0 : idf / parts.Length / 10;
        x[13] = known == 0 ? 0 : prior / known;
        x[14] = known == 0 ? 1 : 0;
        x[15] = Math.Log(n);
        x[16] = parts.Length == 0 ? 0 : minDf / n;
        x[17] = parts.Length == 0 ? 0 : maxDf / n;
    }
}

/// <summary>What the features need to know about one content stem of a concept.</summary>
/// <param name="Idf">Corpus inverse document frequency (<see cref="ConceptLexicon.Idf"/>).</param>
/// <param name="Known">Whether the lexicon has a summary prior for the stem.</param>
/// <param name="Prior">That prior (<see cref="ConceptLexicon.TryPrior"/>).</param>
/// <param name="Number">The stem is all digits.</param>
/// <param name="ClusterDf">Documents of the cluster using the stem.</param>
internal readonly record struct StemFacts(double Idf, bool Known, double Prior, bool Number, int ClusterDf);
