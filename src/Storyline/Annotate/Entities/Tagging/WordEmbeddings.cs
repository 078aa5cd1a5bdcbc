using System.Collections.Frozen;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// Binarized word embeddings (Guo, Che, Wang &amp; Liu 2014): per dimension j a word is "high" (j+) when its value is at
/// least the mean of the vocabulary's positive values in that dimension, "low" (j−) when at most the mean of the
/// negative ones, and neither otherwise. A linear tagger reads the active signs as sparse features, which Guo et al.
/// found works better than feeding it the raw dense values.
/// </summary>
internal sealed class WordEmbeddings
{
    private readonly FrozenDictionary<string, ushort[]> _active;

    /// <param name="dimensions">Embedding dimensions (at most <see cref="MaxDimensions"/>).</param>
    /// <param name="active">Per folded word: its active codes, 2·j for j+ and 2·j + 1 for j−, ascending.</param>
    public WordEmbeddings(int dimensions, IReadOnlyDictionary<string, ushort[]> active)
    {
        if (dimensions is < 0 or > MaxDimensions) throw new ArgumentOutOfRangeException(nameof(dimensions));
        Dimensions = dimensions;
        Active = active;
        _active = active.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Codes 2·j + sign must fit in 16 bits; far more than a tagger wants.</summary>
    public const int MaxDimensions = 32767;

    public static WordEmbeddings Empty { get; } = new(0, new Dictionary<string, ushort[]>());

    public int Dimensions { get; }

    /// <summary>The tagger also reads the previous and next words' active dimensions.</summary>
    public bool Neighbours { get; init; }

    /// <summary>The tagger reads embeddings only for capitalised tokens (where names are).</summary>
    public bool CapitalisedOnly { get; init; }

    public IReadOnlyDictionary<string, ushort[]> Active { get; }

    public int Count => _active.Count;

    /// <summary>The word's active codes, or null when the word has no embedding.</summary>
    public ushort[]? Find(string folded) => _active.GetValueOrDefault(folded);

    /// <summary>
    /// Binarizes a dense rows × dims matrix (row-major) by Guo et al.'s thresholds: per dimension, the mean of its positive
    /// values and the mean of its negative values over all rows. <paramref name="maxActive"/> &gt; 0 keeps only that many codes
    /// per row, those furthest beyond their threshold (value ÷ threshold), for sparser features.
    /// </summary>
    public static ushort[][] Binarize(ReadOnlySpan<double> values, int rows, int dims, int maxActive = 0)
    {
        if (dims > MaxDimensions) throw new ArgumentOutOfRangeException(nameof(dims));
        var upper = new double[dims];
        var lower = new double[dims];
        var positives = new int[dims];
        var negatives = new int[dims];
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < dims; j++)
            {
                double x = values[r * dims + j];
                if (x > 0) { upper[j] += x; positives[j]++; }
                else if (x < 0) { lower[j] += x; negatives[j]++; }
            }
        for (int j = 0; j < dims; j++)
        {
            // A dimension without values of one sign never fires on that side.
            upper[j] = positives[j] > 0 ? upper[j] / positives[j] : double.PositiveInfinity;
            lower[j] = negatives[j] > 0 ? lower[j] / negatives[j] : double.NegativeInfinity;
        }
        var result = new ushort[rows][];
        var codes = new List<(ushort Code, double Strength)>(dims);
        for (int r = 0; r < rows; r++)
        {
            codes.Clear();
            for (int j = 0; j < dims; j++)
            {
                double x = values[r * dims + j];
                if (x > 0 && x >= upper[j]) codes.Add(((ushort)(2 * j), x / upper[j]));
                else if (x < 0 && x <= lower[j]) codes.Add(((ushort)(2 * j + 1), x / lower[j]));
            }
            if (maxActive > 0 && codes.Count > maxActive)
            {
                codes.Sort((a, b) => b.Strength != a.Strength ? b.Strength.CompareTo(a.Strength) : a.Code.CompareTo(b.Code));
                codes.RemoveRange(maxActive, codes.Count - maxActive);
                codes.Sort((a, b) => a.Code.CompareTo(b.Code));
            }
            result[r] = codes.ConvertAll(c => c.Code).ToArray();
        }
        return result;
    }
}
