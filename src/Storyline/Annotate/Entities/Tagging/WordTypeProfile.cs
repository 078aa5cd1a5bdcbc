using System.Collections.Frozen;
using Storyline.Text;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// How a tagger labelled each capitalised word across a large unlabelled news corpus: counts of
/// O, PER, ORG, LOC, MISC per case-folded word. A soft gazetteer mined by self-tagging: a name the
/// training data never shows ("Atalanta") still gets the type the tagger gave it in the many contexts
/// the unlabelled text offers. The counts come from taggers that did not see the document being
/// trained on (see <see cref="NerTrainer"/>), so the model learns how far to trust them.
/// </summary>
internal sealed class WordTypeProfile
{
    /// <summary>Labels counted per word: 0 = O, 1 + t = type t.</summary>
    public const int Labels = 1 + NerTags.TypeCount;

    /// <summary>Words with fewer capitalised occurrences are left out (too little evidence, bigger model).</summary>
    public const int MinOccurrences = 2;

    private readonly FrozenDictionary<string, int[]> _counts;

    public WordTypeProfile(IReadOnlyDictionary<string, int[]> counts)
    {
        Counts = counts;
        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static WordTypeProfile Empty { get; } = new(new Dictionary<string, int[]>());

    public IReadOnlyDictionary<string, int[]> Counts { get; }

    public int Count => _counts.Count;

    /// <summary>Label counts of the case-folded word, or null when the corpus had too few capitalised occurrences.</summary>
    public int[]? Find(string folded) => _counts.GetValueOrDefault(folded);

    /// <summary>Counts the labels <paramref name="model"/> gives capitalised words in <paramref name="documents"/> (each a list of tokenised sentences).</summary>
    public static Dictionary<string, int[]> Tally(NerModel model, IEnumerable<string[][]> documents)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var tags = model.Tag(doc);
            for (int s = 0; s < doc.Length; s++)
                for (int i = 0; i < doc[s].Length; i++)
                {
                    var t = doc[s][i];
                    if (t.Length < 2 || !char.IsUpper(t[0])) continue;
                    var key = NerFeatures.Fold(t);
                    if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[Labels];
                    c[tags[s][i] == NerTags.O ? 0 : 1 + NerTags.TypeOf(tags[s][i])]++;
                }
        }
        return counts;
    }

    /// <summary>Sums tallies and keeps the words seen often enough.</summary>
    public static WordTypeProfile From(params Dictionary<string, int[]>[] tallies)
    {
        var sum = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var tally in tallies)
            foreach (var (word, c) in tally)
            {
                if (!sum.TryGetValue(word, out var s)) sum[word] = s = new int[Labels];
                for (int k = 0; k < Labels; k++) s[k] += c[k];
            }
        var kept = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (word, c) in sum)
            if (c.Sum() >= MinOccurrences) kept[word] = c;
        return new WordTypeProfile(kept);
    }

    /// <summary>
    /// Splits texts into tokenised sentences the way <see cref="EntityStage"/> does, keeping only texts
    /// that keep their capitals (a lower-cased corpus says nothing about names).
    /// </summary>
    public static List<string[][]> Documents(IEnumerable<string> texts, double minCapitalShare)
    {
        var result = new List<string[][]>();
        var tokens = new List<Token>();
        foreach (var text in texts)
        {
            var sentences = new List<string[]>();
            int mid = 0, capitals = 0;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                tokens.Clear();
                Tokenizer.Tokenize(text.AsSpan(), sentence.Span, tokens);
                if (tokens.Count == 0) continue;
                var words = new string[tokens.Count];
                for (int i = 0; i < words.Length; i++)
                {
                    words[i] = EntityStage.TaggerForm(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length));
                    if (i > 0 && words[i].Length > 0 && char.IsLetter(words[i][0]))
                    {
                        mid++;
                        if (char.IsUpper(words[i][0])) capitals++;
                    }
                }
                sentences.Add(words);
            }
            if (sentences.Count > 0 && mid > 0 && capitals >= minCapitalShare * mid) result.Add(sentences.ToArray());
        }
        return result;
    }
}
