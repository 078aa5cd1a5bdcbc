using System.Collections.Immutable;
using System.Collections.Frozen;
using Storyline.Articles;
using Storyline.Stages;

namespace Storyline.Language;

/// <summary>
/// Tells the language of Latin- or Cyrillic-script text from its commonest function words: the language an article is
/// analysed in, when its metadata does not say, and the language of a stray line of interface text. Eight languages,
/// the ones news in Latin and Cyrillic script is mostly written in; text in any other comes out unknown or as its
/// nearest neighbour, which no pack but that neighbour's reads. Not a general language identifier (see
/// docs/languages.md for how it was tested).
/// </summary>
public static class LanguageDetector
{
    private static readonly ImmutableArray<(string Code, FrozenSet<string> Words)> Profiles =
    [
        ("en", Set("the of and to in is that for on with was as by at from it are be this have has were which an or said not but their who")),
        ("es", Set("el la los las de del que y en un una por con para es se al lo como más pero sus le ya o este fue ha")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an wird aus er sie")),
        ("fr", Set("le la les de des et est un une du en que qui dans pour pas sur au avec il elle sont ce cette par plus")),
        ("pt", Set("o a os as de do da dos das e que em um uma para com não por se na no mais ao foi é")),
        ("it", Set("il lo la gli le di del della e che è un una per con non si da al nel sono come anche più")),
        ("nl", Set("de het een en van in is dat op te zijn met voor niet aan er die maar ook als bij")),
        ("ru", Set("и в во не на что чтобы с по это как он она они из к у за от для так но был была о же")),
    ];

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["en"] = "English", ["es"] = "Spanish", ["de"] = "German", ["fr"] = "French", ["pt"] = "Portuguese", ["it"] = "Italian",
        ["nl"] = "Dutch", ["ru"] = "Russian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English name of a language the detector knows ("es" → "Spanish"); the code itself for others.</summary>
    public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>Every function word with a bit per language it belongs to: one lookup per word.</summary>
    private static readonly FrozenDictionary<string, int> Masks = BuildMasks();

    /// <summary>Function words are dense: 4,000 characters give hundreds of hits, plenty to tell languages apart.</summary>
    private const int SampleLength = 4000;

    private static FrozenDictionary<string, int> BuildMasks()
    {
        var masks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Profiles.Length; i++)
            foreach (var w in Profiles[i].Words)
                masks[w] = masks.GetValueOrDefault(w) | (1 << i);
        return masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Per-language counts of function words among the words of <paramref name="text"/>.</summary>
    public static Dictionary<string, int> Counts(ReadOnlySpan<char> text)
    {
        Span<int> hits = stackalloc int[Profiles.Length];
        var lookup = Masks.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int s = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == s) break;
            if (i - s > 8 || !lookup.TryGetValue(text[s..i], out int mask)) continue;
            for (int k = 0; k < Profiles.Length; k++)
                if ((mask & (1 << k)) != 0) hits[k]++;
        }
        var counts = new Dictionary<string, int>();
        for (int k = 0; k < Profiles.Length; k++)
            if (hits[k] > 0) counts[Profiles[k].Code] = hits[k];
        return counts;
    }

    /// <summary>
    /// The language an article is read in: its metadata's (<c>lang</c> of JSON, <c>&lt;html lang&gt;</c>, front matter;
    /// the cleaner fills it from <see cref="Detect"/> when absent), else detected from its text. Null when neither tells.
    /// </summary>
    public static string? Of(Article article) =>
        LanguageSet.Normalize(article.Metadata.Language) ?? Detect(article.Text);

    /// <summary>The best-supported language code, or null when the text has too few function words to tell.</summary>
    public static string? Detect(ReadOnlySpan<char> text, int minimumHits = 3)
    {
        var counts = Counts(text.Length > SampleLength ? text[..SampleLength] : text);
        if (counts.Count == 0) return null;
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value >= minimumHits ? best.Key : null;
    }
}
