using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Compare.Framing;

/// <summary>
/// Which words of a sentence carry bias ("slammed", "radical", "so-called") and whether the sentence as a whole is
/// written in loaded language: two logistic regressions trained by <c>storyline-lab train bias</c> on BABE (news
/// sentences labelled by experts, with the words that carry the bias). The word model reads the word, its shape, its
/// neighbours and the language pack's loaded-word lexicon; the sentence model reads the sentence's words and word pairs
/// plus what the word model found in it. Immutable; thread-safe.
/// </summary>
public sealed partial class LoadedLanguageModel
{
    private const string ResourceName = "Storyline.Compare.Framing.Model.loaded-language.txt.gz";
    private const string Header = "storyline-loaded-language 1";

    public LoadedLanguageModel(LogisticWeights words, LogisticWeights sentences, double wordThreshold, double sentenceThreshold)
    {
        Words = words;
        Sentences = sentences;
        WordThreshold = wordThreshold;
        SentenceThreshold = sentenceThreshold;
    }

    /// <summary>The word model: P(the word carries the sentence's bias).</summary>
    public LogisticWeights Words { get; }

    /// <summary>The sentence model: P(the sentence is biased).</summary>
    public LogisticWeights Sentences { get; }

    /// <summary>A word whose score reaches this is flagged loaded (chosen on held-out training data for word F1).</summary>
    public double WordThreshold { get; }

    /// <summary>A sentence whose score reaches this is flagged biased.</summary>
    public double SentenceThreshold { get; }

    /// <summary>The words of a sentence as the models read them: letters and digits, joined by inner hyphens and apostrophes.</summary>
    public static IReadOnlyList<TextSpan> Tokenize(string sentence)
    {
        var spans = new List<TextSpan>();
        foreach (Match m in WordPattern().Matches(sentence)) spans.Add(new TextSpan(m.Index, m.Length));
        return spans;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    /// <summary>The word model's features of word <paramref name="i"/>.</summary>
    public static List<string> WordFeatures(IReadOnlyList<string> words, int i, FramingVocabulary vocabulary, FrozenSet<string> functionWords)
    {
        var w = words[i];
        var lower = w.ToLowerInvariant();
        var f = new List<string>(14) { "bias", "w=" + lower, "shape=" + Shape(w) };
        if (lower.Length > 4) { f.Add("suf3=" + lower[^3..]); f.Add("pre5=" + lower[..Math.Min(5, lower.Length)]); }
        if (functionWords.Contains(lower)) f.Add("function");
        if (vocabulary.IsLoaded(w)) f.Add("lexicon");
        if (lower.Contains('-')) f.Add("hyphen");
        if (i == 0) f.Add("first");
        f.Add("prev=" + (i > 0 ? words[i - 1].ToLowerInvariant() : "<s>"));
        f.Add("next=" + (i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "</s>"));
        f.Add("prev+w=" + (i > 0 ? words[i - 1].ToLowerInvariant() : "<s>") + "_" + lower);
        if (i > 0 && vocabulary.IsLoaded(words[i - 1])) f.Add("prev-lexicon");
        f.Add("len=" + Math.Min(lower.Length / 3, 4).ToString(CultureInfo.InvariantCulture));
        return f;
    }

    /// <summary>The sentence model's features, given the word model's scores of the sentence's words.</summary>
    public static List<string> SentenceFeatures(IReadOnlyList<string> words, IReadOnlyList<double> wordScores, FramingVocabulary vocabulary, FrozenSet<string> functionWords)
    {
        var f = new List<string> { "bias" };
        for (int i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (!functionWords.Contains(lower))
            {
                f.Add("u=" + lower);
                if (lower.Length > 5) f.Add("p5=" + lower[..5]);
            }
            if (i + 1 < words.Count) f.Add("b=" + lower + "_" + words[i + 1].ToLowerInvariant());
            if (vocabulary.IsLoaded(words[i])) f.Add("lexicon");
        }
        var sorted = wordScores.OrderDescending().ToArray();
        double top = sorted.Length > 0 ? sorted[0] : 0, second = sorted.Length > 1 ? sorted[1] : 0;
        // the strongest word scores in bins: a sentence model reads a step, not a slope, from one number
        for (double t = 0.1; t < 0.95; t += 0.1)
        {
            if (top >= t) f.Add("top>=" + t.ToString("F1", CultureInfo.InvariantCulture));
            if (second >= t) f.Add("second>=" + t.ToString("F1", CultureInfo.InvariantCulture));
        }
        double sum = wordScores.Sum();
        for (double t = 0.5; t <= 3; t += 0.5)
            if (sum >= t) f.Add("sum>=" + t.ToString("F1", CultureInfo.InvariantCulture));
        f.Add("length=" + Math.Min(words.Count / 10, 5).ToString(CultureInfo.InvariantCulture));
        return f;
    }

    /// <summary>Each word's score (0–1).</summary>
    public double[] ScoreWords(IReadOnlyList<string> words, FramingVocabulary vocabulary, FrozenSet<string> functionWords)
    {
        var scores = new double[words.Count];
        for (int i = 0; i < words.Count; i++) scores[i] = Words.Probability(WordFeatures(words, i, vocabulary, functionWords));
        return scores;
    }

    /// <summary>The sentence's score (0–1) from its words and their scores.</summary>
    public double ScoreSentence(IReadOnlyList<string> words, IReadOnlyList<double> wordScores, FramingVocabulary vocabulary, FrozenSet<string> functionWords) =>
        Sentences.Probability(SentenceFeatures(words, wordScores, vocabulary, functionWords));

    /// <summary>The model shipped in the engine's assembly, or null when the build has none.</summary>
    public static LoadedLanguageModel? LoadShipped()
    {
        using var stream = typeof(LoadedLanguageModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }

    /// <summary>Writes the model (gzip text: a header, the two thresholds, then "w"/"s" TAB feature TAB weight lines).</summary>
    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine("thresholds\t" + WordThreshold.ToString("R", CultureInfo.InvariantCulture) + "\t" + SentenceThreshold.ToString("R", CultureInfo.InvariantCulture));
        foreach (var (model, tag) in new[] { (Words, "w"), (Sentences, "s") })
            foreach (var (feature, weight) in model.Weights.OrderBy(p => p.Key, StringComparer.Ordinal))
                writer.WriteLine(tag + "\t" + feature + "\t" + weight.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <exception cref="InvalidDataException">The stream is not a model written by <see cref="Save"/>.</exception>
    public static LoadedLanguageModel Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        if (reader.ReadLine() != Header) throw new InvalidDataException("not a loaded-language model (bad header)");
        var thresholds = (reader.ReadLine() ?? "").Split('\t');
        if (thresholds.Length != 3 || thresholds[0] != "thresholds") throw new InvalidDataException("loaded-language model: no thresholds line");
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var sentences = new Dictionary<string, double>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0] is not ("w" or "s")) throw new InvalidDataException("loaded-language model: malformed line");
            (parts[0] == "w" ? words : sentences)[parts[1]] = Number(parts[2]);
        }
        return new LoadedLanguageModel(new LogisticWeights(words.ToFrozenDictionary(StringComparer.Ordinal)),
            new LogisticWeights(sentences.ToFrozenDictionary(StringComparer.Ordinal)), Number(thresholds[1]), Number(thresholds[2]));
    }

    private static double Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d
        : throw new InvalidDataException($"loaded-language model: '{s}' is not a number");

    private static string Shape(string w)
    {
        if (w.All(char.IsDigit)) return "digits";
        if (w.All(c => !char.IsLetter(c) || char.IsUpper(c))) return w.Length > 1 ? "upper" : "cap";
        if (char.IsUpper(w[0])) return "cap";
        return "lower";
    }
}

/// <summary>A logistic regression over named binary features.</summary>
public sealed record LogisticWeights(FrozenDictionary<string, double> Weights)
{
    public double Probability(IEnumerable<string> features)
    {
        double z = 0;
        foreach (var f in features)
            if (Weights.TryGetValue(f, out var w)) z += w;
        return 1 / (1 + Math.Exp(-z));
    }
}
