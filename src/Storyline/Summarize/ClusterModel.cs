using System.Collections.Immutable;
using System.Text;
using Storyline.Text;
using System.Collections.Frozen;
using Storyline.Language;

namespace Storyline.Summarize;

/// <summary>A candidate sentence with the features selection needs.</summary>
internal sealed class Candidate
{
    public required int Id { get; init; }
    public required int Document { get; init; }
    public required int Index { get; init; }
    public required TextSpan Span { get; init; }
    /// <summary>The source text shown: from the start of the first kept part to the end of the last.</summary>
    public required TextSpan Shown { get; init; }
    /// <summary>The parts of the source sentence shown, in order (one part for a sentence shown whole).</summary>
    public required System.Collections.Immutable.ImmutableArray<TextSpan> Parts { get; init; }
    public required string Text { get; init; }
    public required int Words { get; init; }
    public required bool Eligible { get; init; }
    /// <summary>Distinct content stems (term ids), sorted.</summary>
    public required int[] Content { get; init; }
    /// <summary>Distinct bigram concepts (pairs of term ids), sorted.</summary>
    public required long[] Bigrams { get; init; }
    /// <summary>Id of the whole-sentence candidate this one shortens (its own id for a whole sentence).</summary>
    public required int Sentence { get; init; }
    public bool IsWhole => Sentence == Id;
    /// <summary>Terms with their word index, computed when the sentence is first considered for a cut (<see cref="ClusterModel.PrefixGain"/>).</summary>
    public (int Id, bool Stop, int Word)[]? PrefixTerms;
    /// <summary>Function-word counts of the shown text (<see cref="FunctionWordGain"/>), computed when first needed.</summary>
    public FunctionWordCount[]? FunctionWords;

    /// <summary>Cosine of the binary content-stem vectors.</summary>
    public static double Cosine(Candidate a, Candidate b)
    {
        if (a.Content.Length == 0 || b.Content.Length == 0) return 0;
        int shared = SharedCount(a.Content, b.Content);
        return shared / Math.Sqrt((double)a.Content.Length * b.Content.Length);
    }

    public static int SharedCount(int[] x, int[] y)
    {
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared;
    }
}

/// <summary>Concepts already covered by the summary so far.</summary>
internal sealed class Coverage
{
    public HashSet<long> Bigrams { get; } = new();
    public HashSet<int> Unigrams { get; } = new();
    /// <summary>How many times the summary so far uses each word of the function-word table (empty when that gain is off).</summary>
    public int[] FunctionWords { get; private set; } = [];

    public Coverage Clone()
    {
        var copy = new Coverage();
        copy.Bigrams.UnionWith(Bigrams);
        copy.Unigrams.UnionWith(Unigrams);
        copy.FunctionWords = (int[])FunctionWords.Clone();
        return copy;
    }

    /// <summary>Adds the function words of a chosen sentence (<paramref name="words"/>: size of the table).</summary>
    public void AddFunctionWords(ReadOnlySpan<FunctionWordCount> counts, int words)
    {
        if (FunctionWords.Length < words) FunctionWords = [.. FunctionWords, .. new int[words - FunctionWords.Length]];
        foreach (var (key, count) in counts) FunctionWords[key] += count;
    }

    public void Add(Candidate c)
    {
        foreach (var b in c.Bigrams) Bigrams.Add(b);
        foreach (var u in c.Content) Unigrams.Add(u);
    }
}

/// <summary>Candidates and concept weights of one cluster of documents.</summary>
internal sealed class ClusterModel
{
    private readonly Dictionary<long, double> _bigramWeights;
    private readonly Dictionary<int, double> _unigramWeights;

    private ClusterModel(IReadOnlyList<SummaryDocument> documents, List<Candidate> candidates,
        Dictionary<long, double> bigramWeights, Dictionary<int, double> unigramWeights, TermVocabulary vocabulary)
    {
        Documents = documents;
        Candidates = candidates;
        _bigramWeights = bigramWeights;
        _unigramWeights = unigramWeights;
        Vocabulary = vocabulary;
    }

    public IReadOnlyList<SummaryDocument> Documents { get; }
    public List<Candidate> Candidates { get; }
    public TermVocabulary Vocabulary { get; }

    /// <summary>Cosine of a sentence's binary content vector with the document-frequency centroid.</summary>
    public double Centrality(Candidate c)
    {
        if (c.Content.Length == 0 || _centroidNorm == 0) return 0;
        double dot = 0;
        foreach (var u in c.Content) dot += _centroid.GetValueOrDefault(u);
        return dot / (Math.Sqrt(c.Content.Length) * _centroidNorm);
    }

    /// <summary>Per candidate: the learned sentence prior raised to its exponent (null when off).</summary>
    public double[]? SentencePriors { get; private set; }

    private Dictionary<int, double> _centroid = new();
    private double _centroidNorm;

    /// <summary>Weight of the concepts of <paramref name="c"/> not yet covered.</summary>
    public double Gain(Candidate c, Coverage? covered)
    {
        double gain = 0;
        foreach (var b in c.Bigrams)
            if (_bigramWeights.TryGetValue(b, out var w) && (covered is null || !covered.Bigrams.Contains(b))) gain += w;
        foreach (var u in c.Content)
            if (_unigramWeights.TryGetValue(u, out var w) && (covered is null || !covered.Unigrams.Contains(u))) gain += w;
        return gain;
    }

    /// <summary>How each bigram concept is used across the documents (for <see cref="ConceptModel"/> features and training).</summary>
    public Dictionary<long, ConceptStats> BigramStats { get; private set; } = new();

    /// <summary>How each content stem is used across the documents.</summary>
    public Dictionary<int, ConceptStats> UnigramStats { get; private set; } = new();

    /// <summary>Weight of a bigram concept (0 when it is not one).</summary>
    public double BigramWeight(long b) => _bigramWeights.GetValueOrDefault(b);

    public double UnigramWeight(int u) => _unigramWeights.GetValueOrDefault(u);

    /// <summary>Features of a concept: a bigram key when <paramref name="bigram"/>, else a stem id.</summary>
    /// <param name="ownHit">Training only: whether the cluster's own summary uses a stem (left out of the summary prior).</param>
    /// <param name="x">At least the set's length.</param>
    public void Features(long key, bool bigram, ConceptFeatureSet set, ConceptLexicon lexicon, Span<double> x, Func<int, bool>? ownHit = null)
    {
        Span<StemFacts> parts = stackalloc StemFacts[2];
        if (bigram)
        {
            int a = (int)(key >> 32), b = (int)(uint)key;
            bool stopA = Vocabulary.IsStop(a), stopB = Vocabulary.IsStop(b);
            int n = 0;
            if (!stopA) parts[n++] = Facts(a, lexicon, ownHit);
            if (!stopB && b != a) parts[n++] = Facts(b, lexicon, ownHit);
            ConceptFeatures.Compute(set, BigramStats[key], Documents.Count, Sentences, parts[..n], stopA || stopB, x);
        }
        else
        {
            int u = (int)key;
            parts[0] = Facts(u, lexicon, ownHit);
            ConceptFeatures.Compute(set, UnigramStats[u], Documents.Count, Sentences, parts[..1], false, x);
        }
    }

    /// <summary>Sentences of all documents of the cluster.</summary>
    public int Sentences { get; private set; }

    private StemFacts[]? _facts;
    private ConceptLexicon? _factsLexicon;

    /// <summary>Corpus and cluster facts of a stem, looked up once per cluster (outside training).</summary>
    private StemFacts Facts(int id, ConceptLexicon lexicon, Func<int, bool>? ownHit)
    {
        if (ownHit is null && ReferenceEquals(lexicon, _factsLexicon) && _facts is not null && id < _facts.Length && _facts[id].ClusterDf >= 0)
            return _facts[id];
        var stem = Vocabulary.Stem(id);
        bool known = lexicon.TryPrior(stem, ownHit?.Invoke(id), out var prior);
        var facts = new StemFacts(lexicon.Idf(stem), known, prior, Vocabulary.IsNumber(id),
            UnigramStats.TryGetValue(id, out var st) ? st.Df : 0);
        if (ownHit is null)
        {
            if (!ReferenceEquals(lexicon, _factsLexicon) || _facts is null)
            {
                _factsLexicon = lexicon;
                _facts = new StemFacts[Vocabulary.Count];
                Array.Fill(_facts, new StemFacts(0, false, 0, false, -1));
            }
            if (id < _facts.Length) _facts[id] = facts;
        }
        return facts;
    }


    /// <summary>
    /// Uncovered concept weight of the first <paramref name="words"/> words of <paramref name="c"/>: what a
    /// sentence cut at the budget (ROUGE <c>-l</c>) still contributes.
    /// </summary>
    public double PrefixGain(Candidate c, int words, Coverage covered)
    {
        if (words >= c.Words) return Gain(c, covered);
        var terms = c.PrefixTerms ??= TermsByWord(c.Text);
        var unigrams = _prefixUnigrams;
        var bigrams = _prefixBigrams;
        unigrams.Clear();
        bigrams.Clear();
        for (int k = 0; k < terms.Length && terms[k].Word < words; k++)
        {
            if (!terms[k].Stop) unigrams.Add(terms[k].Id);
            if (k > 0 && !(terms[k - 1].Stop && terms[k].Stop)) bigrams.Add(((long)terms[k - 1].Id << 32) | (uint)terms[k].Id);
        }
        double gain = 0;
        foreach (var b in bigrams)
            if (_bigramWeights.TryGetValue(b, out var w) && !covered.Bigrams.Contains(b)) gain += w;
        foreach (var u in unigrams)
            if (_unigramWeights.TryGetValue(u, out var w) && !covered.Unigrams.Contains(u)) gain += w;
        return gain;
    }

    private readonly HashSet<int> _prefixUnigrams = new();
    private readonly HashSet<long> _prefixBigrams = new();

    /// <summary>The terms of a shown sentence with the index of the whitespace-separated word each starts in.</summary>
    private (int Id, bool Stop, int Word)[] TermsByWord(string text)
    {
        var result = new List<(int, bool, int)>();
        int word = -1, scanned = 0;
        bool inWord = false;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            for (; scanned <= token.Span.Start; scanned++)
            {
                if (char.IsWhiteSpace(text[scanned])) inWord = false;
                else if (!inWord) { inWord = true; word++; }
            }
            if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var (id, stop) = Vocabulary.Term(text.AsSpan(token.Span.Start, token.Span.Length));
            if (id >= 0) result.Add((id, stop, word));
        }
        return result.ToArray();
    }

    public static ClusterModel Build(IReadOnlyList<SummaryDocument> documents, SummarizerSettings settings, SummarizerModels models, LanguagePack? language = null)
    {
        // the summarizer's models were trained on English: English unless a caller brings a pack that has its own
        language ??= LanguagePacks.English;
        var words = language.Summary;
        var vocabulary = new TermVocabulary(language.FunctionWords, words.Stemmer);
        var candidates = new List<Candidate>();
        var bigramStats = new Dictionary<long, ConceptStats>();
        var unigramStats = new Dictionary<int, ConceptStats>();
        var docBigrams = new Dictionary<long, (int First, int Count)>(); // concept → first sentence and sentences using it, in this document
        var docUnigrams = new Dictionary<int, (int First, int Count)>();
        var terms = new List<(int Id, bool Stop, int Start)>();
        var kept = new List<(int Id, bool Stop, int Start)>();
        var contentBuffer = new List<int>();
        var bigramBuffer = new List<long>();

        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            docBigrams.Clear();
            docUnigrams.Clear();
            int tokenCursor = 0;
            for (int s = 0; s < doc.Sentences.Length; s++)
            {
                var span = doc.Sentences[s].Span;
                var shown = Dateline.Strip(doc.Text, span);
                terms.Clear();
                while (tokenCursor < doc.Tokens.Length && doc.Tokens[tokenCursor].Span.Start < shown.Start) tokenCursor++;
                int t = tokenCursor;
                for (; t < doc.Tokens.Length && doc.Tokens[t].Span.End <= shown.End; t++)
                {
                    var token = doc.Tokens[t];
                    if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                    var (id, stop) = vocabulary.Term(doc.Text.AsSpan(token.Span.Start, token.Span.Length));
                    if (id >= 0) terms.Add((id, stop, token.Span.Start));
                }
                tokenCursor = t;

                var (content, bigrams) = Concepts(terms, 0, contentBuffer, bigramBuffer);
                foreach (var b in bigrams)
                    docBigrams[b] = docBigrams.TryGetValue(b, out var o) ? (o.First, o.Count + 1) : (s, 1);
                foreach (var u in content)
                    docUnigrams[u] = docUnigrams.TryGetValue(u, out var o) ? (o.First, o.Count + 1) : (s, 1);

                var text = Collapse(doc.Text.AsSpan(shown.Start, shown.Length));
                bool pointsBack = settings.OpeningPronounNeedsPerson && !doc.People.IsDefault
                    && OpeningPronoun.PointsBack(doc.Text, shown, doc.People, words);
                bool notNarration = doc.NotNarration.Contains(s);
                int whole = candidates.Count;
                candidates.Add(NewCandidate(whole, [shown], text, content, bigrams));
                if (settings.Compresses)
                {
                    // the same sentence without parts that do not carry its claim: alternatives, never chosen together with it
                    var cuts = SentenceCompressor.FindCuts(doc.Text, shown, settings, words);
                    // one form with every cut (offering each cut alone as well was no better: docs/summarizer.md)
                    if (cuts.Count > 0) AddCompressed(cuts);
                }

                void AddCompressed(List<CompressionCut> cuts)
                {
                    var parts = SentenceCompressor.Keep(doc.Text, shown, cuts);
                    if (parts.IsEmpty) return;
                    kept.Clear();
                    int p = 0;
                    foreach (var term in terms)
                    {
                        while (p < parts.Length && parts[p].End <= term.Start) p++;
                        if (p < parts.Length && parts[p].Contains(term.Start)) kept.Add(term);
                    }
                    var (keptContent, keptBigrams) = Concepts(kept, 0, contentBuffer, bigramBuffer);
                    candidates.Add(NewCandidate(candidates.Count, parts, SentenceCompressor.Show(doc.Text, parts), keptContent, keptBigrams));
                }

                // one sentence as shown whole or compressed: same source sentence, different kept parts
                Candidate NewCandidate(int id, System.Collections.Immutable.ImmutableArray<TextSpan> parts, string shownText, int[] shownContent, long[] shownBigrams)
                {
                    int n = WordCount.RougeTokens(shownText);
                    return new Candidate
                    {
                        Id = id, Document = d, Index = s, Span = span, Shown = TextSpan.FromBounds(parts[0].Start, parts[^1].End), Parts = parts,
                        Text = shownText, Words = n,
                        Eligible = !pointsBack && !notNarration && IsEligible(shownText, n, settings, words), Content = shownContent, Bigrams = shownBigrams, Sentence = whole,
                    };
                }
            }
            foreach (var (b, use) in docBigrams)
            {
                ref var st = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bigramStats, b, out _);
                st.AddDocument(use.First, use.Count, settings.LeadSentences, doc.Sentences.Length);
            }
            foreach (var (u, use) in docUnigrams)
            {
                ref var st = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(unigramStats, u, out _);
                st.AddDocument(use.First, use.Count, settings.LeadSentences, doc.Sentences.Length);
            }
        }

        var bigramWeights = new Dictionary<long, double>(bigramStats.Count);
        var unigramWeights = new Dictionary<int, double>(unigramStats.Count);
        var model = new ClusterModel(documents, candidates, bigramWeights, unigramWeights, vocabulary)
        {
            BigramStats = bigramStats,
            UnigramStats = unigramStats,
            Sentences = documents.Sum(d => d.Sentences.Length),
        };
        var learned = settings.UseConceptModel ? models.Concepts : null;
        if (learned is not null)
        {
            // learned importance: P(a human summary uses the concept)^exponent
            Span<double> x = stackalloc double[ConceptFeatures.MaxCount];
            var set = learned.FeatureSet;
            foreach (var b in bigramStats.Keys)
            {
                model.Features(b, bigram: true, set, learned.Lexicon, x);
                bigramWeights[b] = Math.Pow(learned.Predict(x, bigram: true), settings.ConceptModelExponent);
            }
            if (settings.UnigramWeight > 0)
                foreach (var u in unigramStats.Keys)
                {
                    model.Features(u, bigram: false, set, learned.Lexicon, x);
                    unigramWeights[u] = Math.Pow(learned.Predict(x, bigram: false), settings.ConceptModelExponent) * settings.UnigramWeight;
                }
        }
        else
        {
            int minDf = documents.Count >= settings.MinDocumentsForDfFilter ? settings.MinConceptDocuments : 1;
            foreach (var (b, st) in bigramStats)
                bigramWeights[b] = Math.Pow(st.Df + settings.LeadConceptBonus * st.LeadDocs, settings.ConceptDfExponent) * (st.Df >= minDf ? 1 : settings.RareConceptFactor);
            if (settings.UnigramWeight > 0)
                foreach (var (u, st) in unigramStats)
                    unigramWeights[u] = Math.Pow(st.Df + settings.LeadConceptBonus * st.LeadDocs, settings.ConceptDfExponent) * settings.UnigramWeight * (st.Df >= minDf ? 1 : settings.RareConceptFactor);
        }
        if (settings.SentencePriorExponent > 0 || settings.SentencePriorFeatures)
        {
            model._centroid = unigramStats.ToDictionary(p => p.Key, p => (double)p.Value.Df);
            model._centroidNorm = Math.Sqrt(model._centroid.Values.Sum(v => v * v));
        }
        if (settings.SentencePriorExponent > 0)
        {
            Span<double> x = stackalloc double[SentencePrior.Count];
            model.SentencePriors = new double[candidates.Count];
            for (int i = 0; i < candidates.Count; i++)
            {
                if (!candidates[i].Eligible) continue;
                SentencePrior.Features(model, candidates[i], x);
                model.SentencePriors[i] = Math.Pow(SentencePrior.Predict(settings.SentencePriorWeights, x), settings.SentencePriorExponent);
            }
        }
        return model;
    }

    /// <summary>Content stems and bigram concepts of the terms from index <paramref name="from"/> on.</summary>
    private static (int[] Content, long[] Bigrams) Concepts(List<(int Id, bool Stop, int Start)> terms, int from, List<int> contentBuffer, List<long> bigramBuffer)
    {
        contentBuffer.Clear();
        bigramBuffer.Clear();
        for (int k = from; k < terms.Count; k++)
        {
            if (!terms[k].Stop) contentBuffer.Add(terms[k].Id);
            if (k > from && !(terms[k - 1].Stop && terms[k].Stop))
                bigramBuffer.Add(((long)terms[k - 1].Id << 32) | (uint)terms[k].Id);
        }
        return (SortedDistinct(contentBuffer), SortedDistinct(bigramBuffer));
    }

    private static T[] SortedDistinct<T>(List<T> items) where T : IComparable<T>
    {
        if (items.Count == 0) return [];
        items.Sort();
        int n = 1;
        for (int i = 1; i < items.Count; i++)
            if (items[i].CompareTo(items[n - 1]) != 0) items[n++] = items[i];
        return items.GetRange(0, n).ToArray();
    }

    /// <summary>Fragments, run-ons, quotes and sentences that open by pointing back are not summary material.</summary>
    internal static bool IsEligible(string text, int words, SummarizerSettings settings, SummaryVocabulary vocabulary)
    {
        if (words < settings.MinSentenceWords || words > settings.MaxSentenceWords) return false;
        var span = text.AsSpan();
        if (QuoteShare.StartsWithQuote(span) || QuoteShare.Of(span) > settings.MaxQuotedShare) return false;
        int end = 0;
        while (end < span.Length && (char.IsLetter(span[end]) || span[end] == '\'')) end++;
        if (end > 0 && vocabulary.DanglingOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[..end])) return false;
        // a sentence must end like one (not a headline, byline or cut-off line)
        char last = span[^1];
        if (last is not ('.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')')) return false;
        if (last == '?') return false;
        return true;
    }

    internal static string Collapse(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

}

/// <summary>Maps tokens to ids of their lower-cased stems, remembering which are function words.</summary>
internal sealed class TermVocabulary(FrozenSet<string> functionWords, IStemmer stemmer)
{
    private readonly Dictionary<string, (int Id, bool Stop)> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byStem = new(StringComparer.Ordinal);
    private readonly List<string> _stems = new();
    private readonly List<bool> _stops = new();

    /// <summary>Term id (-1 for tokens without a letter or digit) and whether it is a stopword.</summary>
    public (int Id, bool Stop) Term(ReadOnlySpan<char> token)
    {
        Span<char> lower = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        int n = 0;
        foreach (char c in token)
        {
            if (char.IsLetterOrDigit(c)) lower[n++] = FoldAccent(char.ToLowerInvariant(c));
        }
        if (n == 0) return (-1, true);
        var key = lower[..n];
        var lookup = _byToken.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var known)) return known;
        var word = key.ToString();
        bool stop = functionWords.Contains(word);
        var stem = word.Length > 3 ? stemmer.Stem(word) : word;
        if (!_byStem.TryGetValue(stem, out var id))
        {
            _byStem[stem] = id = _byStem.Count;
            _stems.Add(stem);
            _stops.Add(stop);
        }
        var entry = (id, stop);
        _byToken[word] = entry;
        return entry;
    }

    public int Count => _byStem.Count;

    /// <summary>The stem of a term id.</summary>
    public string Stem(int id) => _stems[id];

    /// <summary>Whether the first word seen with this stem was a stopword.</summary>
    public bool IsStop(int id) => _stops[id];

    /// <summary>Whether the stem is made of digits only (a number, year or amount).</summary>
    public bool IsNumber(int id)
    {
        foreach (char c in _stems[id]) if (!char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>Term id of a stem already seen, or -1.</summary>
    public int Find(string stem) => _byStem.GetValueOrDefault(stem, -1);

    /// <summary>Outlets spell names with and without accents ("Guaidó", "Guaido"): one term for both.</summary>
    private static char FoldAccent(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };
}
