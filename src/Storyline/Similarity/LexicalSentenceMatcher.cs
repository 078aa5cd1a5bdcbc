using Storyline.Language;
using Storyline.Text;

namespace Storyline.Similarity;

/// <summary>
/// The lexical <see cref="ISentenceMatcher"/>: two sentences are alike by the content terms they share, measured and
/// thresholded per purpose as <see cref="LexicalMatchRules"/> says. Terms are the caller's when a
/// <see cref="SentenceView"/> carries them, else the sentence's <see cref="ContentTerms"/>. Stateless and thread-safe;
/// each <see cref="Prepare"/> returns a comparer for one thread.
/// </summary>
/// <param name="language">The pack whose function words and content stemmer make a sentence's terms (English unless
/// given); the pipeline hands a story stage only the articles its languages read.</param>
public sealed class LexicalSentenceMatcher(LanguagePack? language = null) : ISentenceMatcher
{
    private readonly LanguagePack _language = language ?? LanguagePacks.English;

    /// <summary>The matcher every stage uses unless given another.</summary>
    public static LexicalSentenceMatcher Instance { get; } = new();

    public MatchScore Compare(SentenceView a, SentenceView b, MatchPurpose purpose) => Prepare([a, b]).Compare(0, 1, purpose);

    public ISentenceComparer Prepare(IReadOnlyList<SentenceView> sentences) => new Comparer(sentences, _language);

    /// <summary>The decision of <paramref name="rule"/> for two term sets of sizes <paramref name="sizeA"/> and
    /// <paramref name="sizeB"/> sharing <paramref name="shared"/> terms of weight <paramref name="sharedWeight"/>.</summary>
    private static MatchScore Decide(LexicalMatchRule rule, int sizeA, int sizeB, int shared, double weightA, double weightB, double sharedWeight)
    {
        if (sizeA == 0 || sizeB == 0) return new MatchScore(0, false, MatchReason.NothingToCompare);
        double score = rule.Measure switch
        {
            LexicalMeasure.WeightedJaccard => weightA + weightB - sharedWeight is var union && union > 0 ? sharedWeight / union : 0,
            LexicalMeasure.Containment => shared / (double)sizeA,
            _ => shared / (double)Math.Min(sizeA, sizeB),
        };
        if (score < rule.Threshold) return new MatchScore(score, false, MatchReason.BelowThreshold);
        if (shared < rule.MinShared) return new MatchScore(score, false, MatchReason.TooFewShared);
        return new MatchScore(score, true, MatchReason.Matched);
    }

    private sealed class Comparer : ISentenceComparer
    {
        private readonly IReadOnlySet<string>[] _terms;
        private readonly TermWeights _weights;
        private readonly TermVector?[] _vectors;
        // a judge often asks several purposes of one pair in a row (the fact ledger's three levels): one merge serves them
        private int _lastA = -1, _lastB = -1, _lastShared;
        private double _lastWeight;

        public Comparer(IReadOnlyList<SentenceView> sentences, LanguagePack language)
        {
            _terms = new IReadOnlySet<string>[sentences.Count];
            for (int i = 0; i < _terms.Length; i++)
                _terms[i] = sentences[i].Terms ?? ContentTerms.Collect(sentences[i].Text, language);
            _weights = new TermWeights(_terms);
            _vectors = new TermVector?[_terms.Length];
        }

        public int Count => _terms.Length;

        public MatchScore Compare(int a, int b, MatchPurpose purpose)
        {
            var rule = LexicalMatchRules.For(purpose);
            var va = _vectors[a] ??= _weights.Vector(_terms[a]);
            var vb = _vectors[b] ??= _weights.Vector(_terms[b]);
            if (!(_lastA == a && _lastB == b) && !(_lastA == b && _lastB == a))
            {
                (_lastShared, _lastWeight) = Shared(va, vb);
                (_lastA, _lastB) = (a, b);
            }
            return Decide(rule, va.Ids.Length, vb.Ids.Length, _lastShared, va.Total, vb.Total, _lastWeight);
        }

        /// <summary>Shared terms and their weight, by a merge of the two sorted id arrays.</summary>
        private static (int Count, double Weight) Shared(TermVector a, TermVector b)
        {
            int i = 0, j = 0, count = 0;
            double weight = 0;
            while (i < a.Ids.Length && j < b.Ids.Length)
            {
                int x = a.Ids[i], y = b.Ids[j];
                if (x == y) { count++; weight += a.Weights[i]; i++; j++; }
                else if (x < y) i++;
                else j++;
            }
            return (count, weight);
        }
    }
}
