using System.Numerics.Tensors;
using Storyline.Similarity.Checks;
using Storyline.Similarity.Embeddings;

namespace Storyline.Similarity;

/// <summary>
/// The numbers the paraphrase model weighs for one pair of sentences: how alike the language model finds them (sentence
/// cosine, and how well each one's word pieces find a partner in the other), how many words and word pairs they share,
/// their lengths, and what the explicit checks found. One function for the matcher and for the lab that trains and
/// scores it, so that what is measured is what ships.
/// </summary>
public static class PairFeatures
{
    /// <summary>The names of the base features, in order.</summary>
    public static IReadOnlyList<string> BaseNames { get; } =
    [
        "cosine", "pieces_min", "pieces_max", "lexical", "words_min", "words_max", "bigrams_min", "bigrams_max",
        "stems_jaccard", "chars_jaccard", "length_ratio", "length_gap",
        "amounts_unmatched", "amounts_conflict", "amounts_agree", "polarity", "modality", "speakers", "roles", "days",
    ];

    /// <summary>The position of a base feature by name.</summary>
    public static int Index(string name)
    {
        for (int i = 0; i < BaseNames.Count; i++) if (BaseNames[i] == name) return i;
        throw new ArgumentException($"No pair feature '{name}'.", nameof(name));
    }

    /// <summary>The features of one pair, in the order of <see cref="BaseNames"/>.</summary>
    /// <param name="lexical">The lexical matcher's score of the pair (weighted Jaccard of content terms).</param>
    public static double[] Compute(StatementProfile a, StatementProfile b, SentenceEmbedding ea, SentenceEmbedding eb,
        double lexical, StatementChecks checks)
    {
        var f = new double[BaseNames.Count];
        int k = 0;
        f[k++] = SentenceEmbedding.Cosine(ea, eb);
        var (pa, pb) = PieceAlignment(ea, eb);
        f[k++] = Math.Min(pa, pb);
        f[k++] = Math.Max(pa, pb);
        f[k++] = lexical;
        var (wa, wb) = Overlap(a.Words, b.Words, 1);
        f[k++] = Math.Min(wa, wb);
        f[k++] = Math.Max(wa, wb);
        var (ba, bb) = Overlap(a.Words, b.Words, 2);
        f[k++] = Math.Min(ba, bb);
        f[k++] = Math.Max(ba, bb);
        f[k++] = Jaccard(a.Stems.Where(Content).ToHashSet(StringComparer.Ordinal), b.Stems.Where(Content).ToHashSet(StringComparer.Ordinal));
        f[k++] = Jaccard(CharGrams(a.Words), CharGrams(b.Words));
        int la = a.Words.Length, lb = b.Words.Length;
        f[k++] = Math.Max(la, lb) == 0 ? 1 : Math.Min(la, lb) / (double)Math.Max(la, lb);
        f[k++] = Math.Log(1 + Math.Abs(la - lb));
        f[k++] = checks.UnmatchedAmounts;
        f[k++] = checks.AmountsConflict ? 1 : 0;
        f[k++] = checks.AmountsAgree ? 1 : 0;
        f[k++] = checks.PolarityDiffers ? 1 : 0;
        f[k++] = checks.ModalityDiffers ? 1 : 0;
        f[k++] = checks.SpeakersDiffer ? 1 : 0;
        f[k++] = checks.RolesSwapped ? 1 : 0;
        f[k++] = checks.DaysDiffer ? 1 : 0;
        return f;
    }

    /// <summary>For each sentence, the mean over its word pieces of the best cosine with a piece of the other (the
    /// greedy alignment of BERTScore): a word the other sentence does not say in any form pulls it down.</summary>
    public static (double A, double B) PieceAlignment(SentenceEmbedding a, SentenceEmbedding b)
    {
        if (a.PieceCount == 0 || b.PieceCount == 0) return (0, 0);
        var bestA = new double[a.PieceCount];
        var bestB = new double[b.PieceCount];
        Array.Fill(bestA, -1);
        Array.Fill(bestB, -1);
        for (int i = 0; i < a.PieceCount; i++)
        {
            var pi = a.Piece(i);
            for (int j = 0; j < b.PieceCount; j++)
            {
                double c = TensorPrimitives.Dot(pi, b.Piece(j));
                if (c > bestA[i]) bestA[i] = c;
                if (c > bestB[j]) bestB[j] = c;
            }
        }
        return (bestA.Average(), bestB.Average());
    }

    private static bool Content(string stem) => stem.Length > 1 && char.IsLetterOrDigit(stem[0]) && Text.ContentTerms.Collect(stem, Storyline.Language.LanguagePacks.English).Count > 0;

    /// <summary>The share of each side's n-grams (as multisets) found in the other.</summary>
    private static (double A, double B) Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b, int n)
    {
        var ga = Grams(a, n);
        var gb = Grams(b, n);
        int na = ga.Values.Sum(), nb = gb.Values.Sum();
        if (na == 0 || nb == 0) return (0, 0);
        int shared = ga.Sum(kv => Math.Min(kv.Value, gb.GetValueOrDefault(kv.Key)));
        return (shared / (double)na, shared / (double)nb);
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> words, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= words.Count; i++)
        {
            var key = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }
        return grams;
    }

    private static HashSet<string> CharGrams(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 4 <= text.Length; i++) grams.Add(text.Substring(i, 4));
        return grams;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
