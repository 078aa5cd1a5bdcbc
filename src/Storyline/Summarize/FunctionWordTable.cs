using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Summarize;

/// <summary>How often a reference summary of a given length uses a word: P(count ≥ k) for k = 1, 2, …</summary>
/// <param name="Key">The word as ROUGE compares it (lower-cased, stemmed with ROUGE's <c>-m</c> rule).</param>
/// <param name="Forms">Lower-cased tokens that ROUGE maps to <paramref name="Key"/>.</param>
/// <param name="AtLeast">Per length of <see cref="FunctionWordTable.Lengths"/>: P(count ≥ k) at index k − 1 (non-increasing; zero beyond).</param>
public sealed record FunctionWordEntry(string Key, ImmutableArray<string> Forms, ImmutableArray<ImmutableArray<double>> AtLeast);

/// <summary>A table word and how many times a text uses it.</summary>
public readonly record struct FunctionWordCount(int Key, int Count);

/// <summary>
/// ROUGE-1 without stopword removal counts function words ("the", "of", "said"), clipped by how often the
/// reference uses each one. Concept coverage cannot see them, so this table holds, for each frequent function word, the
/// distribution of its count in a human summary of N words (Multi-News training clusters; derived counts only). The
/// expected clipped gain of a text's k-th occurrence of a word is P(count in reference ≥ k), which
/// <see cref="ExpectedGain"/> sums. Rebuilt by <c>storyline train summarizer --function-words</c>.
/// </summary>
public sealed class FunctionWordTable
{
    internal const string ResourceName = "Storyline.Summarize.Model.function-words.txt.gz";
    private const string Magic = "storyline-function-words 1";


    private readonly FrozenDictionary<string, int> _forms;
    private readonly ConcurrentDictionary<int, double[][]> _curves = new();

    /// <param name="lengths">Reference lengths in words (ascending) at which <see cref="FunctionWordEntry.AtLeast"/> is given.</param>
    /// <param name="entries">One entry per word; a form may belong to one entry only.</param>
    public FunctionWordTable(IReadOnlyList<int> lengths, IReadOnlyList<FunctionWordEntry> entries)
    {
        if (lengths.Count == 0) throw new ArgumentException("a function-word table needs at least one length.");
        for (int i = 1; i < lengths.Count; i++)
            if (lengths[i] <= lengths[i - 1]) throw new ArgumentException("function-word table lengths must ascend.");
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int k = 0; k < entries.Count; k++)
        {
            if (entries[k].AtLeast.Length != lengths.Count) throw new ArgumentException($"'{entries[k].Key}' needs one row per length.");
            if (!byKey.TryAdd(entries[k].Key, k)) throw new ArgumentException($"'{entries[k].Key}' is listed twice.");
            foreach (var form in entries[k].Forms)
                if (!forms.TryAdd(form, k)) throw new ArgumentException($"form '{form}' belongs to two function words.");
        }
        Lengths = [.. lengths];
        Entries = [.. entries];
        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ImmutableArray<int> Lengths { get; }
    public ImmutableArray<FunctionWordEntry> Entries { get; }
    public int Count => Entries.Length;


    /// <summary>
    /// Per table word, P(count ≥ k) at index k − 1 in a reference of <paramref name="words"/> words: linear between the
    /// two nearest tabulated lengths, the nearest one outside them (a longer budget than any tabulated length mostly
    /// keeps whole references, which rarely run that long). Computed once per length.
    /// </summary>
    public double[][] AtLeast(int words) => _curves.GetOrAdd(words, Interpolate);

    private double[][] Interpolate(int words)
    {
        int hi = 0;
        while (hi < Lengths.Length && Lengths[hi] < words) hi++;
        int lo = Math.Max(0, hi - 1);
        hi = Math.Min(hi, Lengths.Length - 1);
        double t = hi == lo ? 0 : Math.Clamp((double)(words - Lengths[lo]) / (Lengths[hi] - Lengths[lo]), 0, 1);
        var result = new double[Entries.Length][];
        for (int e = 0; e < Entries.Length; e++)
        {
            var a = Entries[e].AtLeast[lo];
            var b = Entries[e].AtLeast[hi];
            var curve = new double[Math.Max(a.Length, b.Length)];
            for (int k = 0; k < curve.Length; k++)
                curve[k] = (1 - t) * (k < a.Length ? a[k] : 0) + t * (k < b.Length ? b[k] : 0);
            result[e] = curve;
        }
        return result;
    }

    /// <summary>
    /// How many times the first <paramref name="wordLimit"/> whitespace-separated words of <paramref name="text"/> use each table
    /// word, tokenised as ROUGE-1.5.5 does (ASCII lower-casing; every character but an ASCII letter or digit separates
    /// tokens), sorted by key. A limit of 0 or less counts
    /// the whole text.
    /// </summary>
    public FunctionWordCount[] CountIn(ReadOnlySpan<char> text, int wordLimit = 0)
    {
        var counts = new SortedDictionary<int, int>();
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> token = stackalloc char[64];
        int length = 0, words = 0;
        bool inWord = false, tooLong = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (IsPerlSpace(c)) inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (wordLimit > 0 && ++words > wordLimit) c = ' ';
            }
            if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (length < token.Length) token[length++] = c;
                else tooLong = true;
                continue;
            }
            if (length > 0 && !tooLong && lookup.TryGetValue(token[..length], out var key))
                counts[key] = counts.GetValueOrDefault(key) + 1;
            length = 0;
            tooLong = false;
            if (wordLimit > 0 && words > wordLimit) break;
        }
        var result = new FunctionWordCount[counts.Count];
        int n = 0;
        foreach (var (key, count) in counts) result[n++] = new FunctionWordCount(key, count);
        return result;
    }

    /// <summary>
    /// Expected number of reference tokens that <paramref name="added"/> newly matches (ROUGE-1 clipped counts), given that
    /// the summary already uses each word <paramref name="summary"/>[key] times: Σ over words, Σ over its new
    /// occurrences k of P(count in reference ≥ k).
    /// </summary>
    public static double ExpectedGain(double[][] atLeast, ReadOnlySpan<int> summary, ReadOnlySpan<FunctionWordCount> added)
    {
        double gain = 0;
        foreach (var (key, count) in added)
        {
            var curve = atLeast[key];
            int have = key < summary.Length ? summary[key] : 0;
            for (int k = have; k < have + count && k < curve.Length; k++) gain += curve[k];
        }
        return gain;
    }

    /// <summary>Writes the table as gzipped text: the lengths, then per word its key and forms and one line of P(count ≥ k) per length.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Magic);
        writer.WriteLine("lengths " + string.Join(' ', Lengths.Select(l => l.ToString(CultureInfo.InvariantCulture))));
        foreach (var e in Entries)
        {
            writer.WriteLine("word " + e.Key + " " + string.Join(' ', e.Forms));
            foreach (var row in e.AtLeast)
                writer.WriteLine("p " + string.Join(' ', row.Select(p => p.ToString("0.####", CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a function-word table of this version.</exception>
    public static FunctionWordTable Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadLine() != Magic) throw new InvalidDataException("not a Storyline function-word table (version 1).");
            var header = reader.ReadLine();
            if (header is null || !header.StartsWith("lengths ", StringComparison.Ordinal)) throw new InvalidDataException("the function-word table has no 'lengths' line.");
            var lengths = header[8..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            var entries = new List<FunctionWordEntry>();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var word = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (word.Length < 3 || word[0] != "word") throw new InvalidDataException($"bad function-word line '{line}'.");
                var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(lengths.Length);
                for (int i = 0; i < lengths.Length; i++)
                {
                    var p = reader.ReadLine();
                    if (p is null || !p.StartsWith('p')) throw new InvalidDataException($"'{word[1]}' lacks a row for length {lengths[i]}.");
                    rows.Add([.. p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))]);
                }
                entries.Add(new FunctionWordEntry(word[1], [.. word.Skip(2)], rows.MoveToImmutable()));
            }
            return new FunctionWordTable(lengths, entries);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"corrupt function-word table: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the table embedded in the assembly (each call reads it again: a <c>ModelStore</c> keeps the one a run
    /// uses), or null when the resource is missing (then the function-word gain is off).</summary>
    public static FunctionWordTable? LoadShipped()
    {
        using var stream = typeof(FunctionWordTable).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    // Perl's \s on byte strings, as ROUGE's -l cut splits words: ASCII whitespace only
    private static bool IsPerlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
