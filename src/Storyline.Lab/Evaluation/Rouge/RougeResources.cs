using System.Collections.Frozen;

namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// The data ROUGE-1.5.5 stems and filters with: WordNet 2.0 exception lists ("inflected base" per line,
/// looked up before the Porter stemmer) and the SMART stopword list. Third-party data, read at run time.
/// </summary>
public sealed class RougeResources
{
    // ROUGE's exception database is built by reading the files in this order, a later line overwriting an earlier one.
    private static readonly string[] ExceptionFiles = ["adj.exc", "adv.exc", "noun.exc", "verb.exc"];

    public RougeResources(FrozenDictionary<string, string> exceptions, FrozenSet<string> stopwords)
    {
        Exceptions = exceptions;
        Stopwords = stopwords;
    }

    public FrozenDictionary<string, string> Exceptions { get; }

    public FrozenSet<string> Stopwords { get; }

    /// <summary>No exception list and no stopwords: plain Porter stemming.</summary>
    public static RougeResources Empty { get; } = new(FrozenDictionary<string, string>.Empty, FrozenSet<string>.Empty);

    /// <summary>Reads <c>*.exc</c> and <c>smart_common_words.txt</c> from a folder (the ROUGE-1.5.5 data folder).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder or one of its files is missing.</exception>
    public static RougeResources Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"ROUGE data folder not found: {directory} (it needs adj/adv/noun/verb.exc and smart_common_words.txt).");
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ExceptionFiles)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path)) throw new DirectoryNotFoundException($"ROUGE data file missing: {path}");
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2) exceptions[parts[0]] = parts[1];
            }
        }
        var stopPath = Path.Combine(directory, "smart_common_words.txt");
        if (!File.Exists(stopPath)) throw new DirectoryNotFoundException($"ROUGE data file missing: {stopPath}");
        var stopwords = File.ReadLines(stopPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        return new RougeResources(exceptions.ToFrozenDictionary(StringComparer.Ordinal), stopwords);
    }
}
