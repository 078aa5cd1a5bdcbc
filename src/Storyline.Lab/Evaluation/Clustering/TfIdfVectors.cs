using Storyline.Articles;
using Storyline.Cluster;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Unit-length TF-IDF vectors of a fixed set of articles over the online clusterer's terms (<c>FeatureExtractor</c>: stems,
/// title and name boosts, phrases, slug words), with the same weights as <see cref="StoryStream"/> — log tf
/// (1 + ln count), IDF ln((1+B+N)/(1+df)) + 1 with B = <see cref="StoryClustererSettings.IdfPseudoDocuments"/> — except that
/// N and df come from the whole set at once (batch), every article counted, copies included.
/// </summary>
public sealed class TfIdfVectors
{
    private readonly int[] _offsets;   // article i's entries are [_offsets[i], _offsets[i+1])
    private readonly int[] _terms;     // dense term ids, ascending within an article
    private readonly float[] _weights; // parallel to _terms
    private readonly int _vocabulary;

    private TfIdfVectors(int[] offsets, int[] terms, float[] weights, int vocabulary)
    {
        _offsets = offsets;
        _terms = terms;
        _weights = weights;
        _vocabulary = vocabulary;
    }

    /// <summary>Number of articles.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Builds the vectors of <paramref name="articles"/> (deterministic: depends only on the articles and their order).</summary>
    public static TfIdfVectors Build(IReadOnlyList<Article> articles, StoryClustererSettings? settings = null)
    {
        settings ??= StoryClustererSettings.Default;
        var extractor = new FeatureExtractor(settings, CopyDetectorSettings.Default);
        var ids = new Dictionary<ulong, int>();
        var df = new List<int>();
        var features = new ArticleFeatures[articles.Count];
        for (int i = 0; i < articles.Count; i++)
        {
            features[i] = extractor.Extract(articles[i]);
            foreach (var term in features[i].Terms)
            {
                if (!ids.TryGetValue(term, out int id)) { id = df.Count; ids[term] = id; df.Add(0); }
                df[id]++;
            }
        }
        double logDocs = Math.Log(1 + settings.IdfPseudoDocuments + articles.Count);
        var offsets = new int[articles.Count + 1];
        for (int i = 0; i < articles.Count; i++) offsets[i + 1] = offsets[i] + features[i].Terms.Length;
        var terms = new int[offsets[^1]];
        var weights = new float[offsets[^1]];
        var scratch = new List<(int Term, double Weight)>();
        for (int i = 0; i < articles.Count; i++)
        {
            scratch.Clear();
            double norm = 0;
            var f = features[i];
            for (int t = 0; t < f.Terms.Length; t++)
            {
                int id = ids[f.Terms[t]];
                double idf = logDocs - Math.Log(1 + df[id]) + 1;
                double w = StoryClustererSettings.Tf(f.Counts[t]) * idf;
                scratch.Add((id, w));
                norm += w * w;
            }
            scratch.Sort((a, b) => a.Term.CompareTo(b.Term));
            double inv = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            for (int t = 0; t < scratch.Count; t++)
            {
                terms[offsets[i] + t] = scratch[t].Term;
                weights[offsets[i] + t] = (float)(scratch[t].Weight * inv);
            }
        }
        return new TfIdfVectors(offsets, terms, weights, df.Count);
    }

    /// <summary>
    /// The full n × n cosine matrix, row-major (diagonal 1 for a non-empty vector, 0 for an empty one). Computed from an
    /// inverted index, so the cost is Σ df² over the terms rather than n² dot products.
    /// </summary>
    public float[] CosineMatrix()
    {
        int n = Count;
        if ((long)n * n > Array.MaxLength) throw new InvalidOperationException($"{n} articles: an {n} × {n} matrix does not fit in one array.");
        // postings in article order (counting sort by term)
        var start = new int[_vocabulary + 1];
        foreach (var t in _terms) start[t + 1]++;
        for (int t = 0; t < _vocabulary; t++) start[t + 1] += start[t];
        var fill = (int[])start.Clone();
        var postingDoc = new int[_terms.Length];
        var postingWeight = new float[_terms.Length];
        for (int i = 0; i < n; i++)
            for (int e = _offsets[i]; e < _offsets[i + 1]; e++)
            {
                int slot = fill[_terms[e]]++;
                postingDoc[slot] = i;
                postingWeight[slot] = _weights[e];
            }

        var s = new float[(long)n * n];
        for (int i = 0; i < n; i++)
        {
            var row = s.AsSpan(i * n, n);
            for (int e = _offsets[i]; e < _offsets[i + 1]; e++)
            {
                int t = _terms[e];
                float w = _weights[e];
                // postings of t are in ascending article order: walk back from the end to the articles after i
                for (int p = start[t + 1] - 1; p >= start[t] && postingDoc[p] > i; p--)
                    row[postingDoc[p]] += w * postingWeight[p];
            }
        }
        for (int i = 0; i < n; i++)
        {
            s[(long)i * n + i] = _offsets[i + 1] > _offsets[i] ? 1f : 0f;
            for (int j = i + 1; j < n; j++) s[(long)j * n + i] = s[(long)i * n + j];
        }
        return s;
    }
}
