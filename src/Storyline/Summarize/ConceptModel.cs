using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Summarize;

/// <summary>
/// Supervised concept importance (in the spirit of RegSum, Hong and Nenkova 2014): two logistic
/// regressions, one for content stems and one for bigrams, predicting whether a human summary uses the
/// concept from <see cref="ConceptFeatures"/>. Trained on Multi-News by <c>storyline train summarizer</c>
/// (ConceptModelTrainer, in the lab); the shipped model is an embedded gzipped text file.
/// </summary>
public sealed class ConceptModel
{
    internal const string ResourceName = "Storyline.Summarize.Model.concepts.txt.gz";
    private const string Magic = "storyline-concepts 1";

    public ConceptModel(double[] unigram, double[] bigram, ConceptLexicon lexicon, ConceptFeatureSet features = ConceptFeatureSet.Counts)
    {
        int count = ConceptFeatures.NamesOf(features).Length;
        if (unigram.Length != count || bigram.Length != count)
            throw new ArgumentException($"a concept model on the {features} features has {count} weights per kind.");
        Unigram = unigram;
        Bigram = bigram;
        Lexicon = lexicon;
        FeatureSet = features;
    }

    /// <summary>The features the weights apply to (the file records them by name).</summary>
    public ConceptFeatureSet FeatureSet { get; }

    public double[] Unigram { get; }
    public double[] Bigram { get; }
    public ConceptLexicon Lexicon { get; }

    /// <summary>Probability that a human summary uses the concept.</summary>
    public double Predict(ReadOnlySpan<double> x, bool bigram)
    {
        var w = bigram ? Bigram : Unigram;
        double z = 0;
        for (int i = 0; i < w.Length; i++) z += w[i] * x[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Writes the model as gzipped text: weights by feature name, then one line per stem.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Magic);
        writer.WriteLine("features " + string.Join(' ', ConceptFeatures.NamesOf(FeatureSet)));
        writer.WriteLine("unigram " + string.Join(' ', Unigram.Select(Format)));
        writer.WriteLine("bigram " + string.Join(' ', Bigram.Select(Format)));
        writer.WriteLine(FormattableString.Invariant($"corpus {Lexicon.Documents} {Lexicon.Clusters} {Format(Lexicon.BaseRate)}"));
        foreach (var (stem, c) in Lexicon.Stems)
            writer.WriteLine(FormattableString.Invariant($"{stem}\t{c.DocFreq}\t{c.Input}\t{c.Hit}"));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a concept model of this version.</exception>
    public static ConceptModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadLine() != Magic) throw new InvalidDataException("not a Storyline concept model (version 1).");
            var names = Field(reader.ReadLine(), "features");
            if (ConceptFeatures.FromNames(names) is not { } features)
                throw new InvalidDataException("the concept model was trained with other features; rebuild it with 'storyline train summarizer'.");
            var unigram = Field(reader.ReadLine(), "unigram").Select(Parse).ToArray();
            var bigram = Field(reader.ReadLine(), "bigram").Select(Parse).ToArray();
            var corpus = Field(reader.ReadLine(), "corpus");
            if (corpus.Length != 3) throw new InvalidDataException("bad corpus line.");
            var stems = new Dictionary<string, StemCounts>(StringComparer.Ordinal);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var parts = line.Split('\t');
                if (parts.Length != 4) throw new InvalidDataException($"bad stem line '{line}'.");
                stems[parts[0]] = new StemCounts(int.Parse(parts[1], CultureInfo.InvariantCulture),
                    int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
            }
            var lexicon = new ConceptLexicon(int.Parse(corpus[0], CultureInfo.InvariantCulture),
                int.Parse(corpus[1], CultureInfo.InvariantCulture), Parse(corpus[2]), stems);
            return new ConceptModel(unigram, bigram, lexicon, features);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidDataException($"corrupt concept model: {ex.Message}", ex);
        }
    }

    private static string[] Field(string? line, string name)
    {
        if (line is null || !line.StartsWith(name + " ", StringComparison.Ordinal))
            throw new InvalidDataException($"the concept model has no '{name}' line.");
        return line[(name.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Reads the model embedded in the assembly (each call reads it again: a <c>ModelStore</c> keeps the one a run
    /// uses), or null when the resource is missing (then the frequency weights are used).</summary>
    public static ConceptModel? LoadShipped()
    {
        using var stream = typeof(ConceptModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
