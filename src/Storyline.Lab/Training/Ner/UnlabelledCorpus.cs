using Storyline.Lab.Training.Ner;
using Storyline.Text;

using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>
/// Unlabelled text read once for the word clusters and the word embeddings: every text as a sequence of folded
/// word ids, with word counts and how often each word is capitalised mid-sentence in texts that keep their capitals.
/// </summary>
internal sealed class UnlabelledCorpus
{
    private UnlabelledCorpus(List<string> words, List<int> frequency, List<int[]> sequences, List<int> capitalised, List<int> midSentence)
    {
        Words = words;
        Frequency = frequency;
        Sequences = sequences;
        Capitalised = capitalised;
        MidSentence = midSentence;
    }

    /// <summary>Folded word forms by id.</summary>
    public List<string> Words { get; }
    public List<int> Frequency { get; }
    /// <summary>One array of word ids per text.</summary>
    public List<int[]> Sequences { get; }
    public List<int> Capitalised { get; }
    public List<int> MidSentence { get; }

    /// <param name="minCapitalShare">A text feeds the capitalisation counts only if at least this share of its mid-sentence words are capitalised.</param>
    public static UnlabelledCorpus Read(IEnumerable<string> texts, double minCapitalShare)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var freq = new List<int>();
        var corpus = new List<int[]>();
        var tokens = new List<Token>();
        var capitalised = new List<int>();
        var midSentence = new List<int>();
        foreach (var text in texts)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text.AsSpan(), new TextSpan(0, text.Length), tokens);
            var seq = new int[tokens.Count];
            var mid = new bool[tokens.Count];
            int midWords = 0, midCapitals = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                var raw = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length);
                var w = NerFeatures.Fold(raw.ToString());
                if (!ids.TryGetValue(w, out int id))
                {
                    ids[w] = id = words.Count;
                    words.Add(w);
                    freq.Add(0);
                    capitalised.Add(0);
                    midSentence.Add(0);
                }
                freq[id]++;
                seq[i] = id;
                if (i > 0 && char.IsLetter(raw[0]) && !IsSentenceBoundary(text, tokens[i - 1]))
                {
                    mid[i] = true;
                    midWords++;
                    if (char.IsUpper(raw[0])) midCapitals++;
                }
            }
            // Case statistics only from texts that keep their capitals (Multi-News is lower-cased).
            if (midWords > 0 && midCapitals >= minCapitalShare * midWords)
                for (int i = 0; i < seq.Length; i++)
                {
                    if (!mid[i]) continue;
                    midSentence[seq[i]]++;
                    if (char.IsUpper(text[tokens[i].Span.Start])) capitalised[seq[i]]++;
                }
            corpus.Add(seq);
        }
        return new UnlabelledCorpus(words, freq, corpus, capitalised, midSentence);
    }

    /// <summary>
    /// The words to describe (the <see cref="WordClusterOptions.MaxWords"/> most frequent seen at least
    /// <see cref="WordClusterOptions.MinCount"/> times) and the context words that describe them, ranked by frequency
    /// (ties by form, so the ranking is stable). Indexes map word id → rank, or -1.
    /// </summary>
    public (int[] ByFrequency, int VocabSize, int ContextSize, int[] VocabIndex, int[] ContextIndex) Vocabulary(WordClusterOptions options)
    {
        var byFreq = Enumerable.Range(0, Words.Count)
            .OrderByDescending(i => Frequency[i]).ThenBy(i => Words[i], StringComparer.Ordinal).ToArray();
        // Words with a lone surrogate cannot round-trip through the UTF-8 model file: leave them out.
        byFreq = byFreq.Where(i => !HasLoneSurrogate(Words[i])).ToArray();
        int vocabSize = Math.Min(options.MaxWords, byFreq.Count(i => Frequency[i] >= options.MinCount));
        int contextSize = Math.Min(options.ContextWords, byFreq.Length);
        var vocabIndex = new int[Words.Count];
        var contextIndex = new int[Words.Count];
        Array.Fill(vocabIndex, -1);
        Array.Fill(contextIndex, -1);
        for (int r = 0; r < vocabSize; r++) vocabIndex[byFreq[r]] = r;
        for (int r = 0; r < contextSize; r++) contextIndex[byFreq[r]] = r;
        return (byFreq, vocabSize, contextSize, vocabIndex, contextIndex);
    }

    private static bool IsSentenceBoundary(string text, Token previous)
    {
        char c = text[previous.Span.Start];
        return previous.Span.Length == 1 && c is '.' or '!' or '?' or '"' or ':' or '\u201C' or '\u201D' or '(' or '-';
    }

    private static bool HasLoneSurrogate(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1])) { i++; continue; }
            if (char.IsSurrogate(word[i])) return true;
        }
        return false;
    }
}
