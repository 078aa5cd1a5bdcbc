using System.Collections.Immutable;
using Storyline.Similarity;
using Storyline.Text;

namespace Storyline.Summarize;

/// <summary>
/// Unsupervised extractive multi-document summarizer: concept coverage in the style of Gillick and
/// Favre's ICSI system, solved greedily. Concepts are stemmed content bigrams (plus down-weighted
/// content unigrams) weighted by how many documents use them, so a fact several outlets report is worth
/// more, with a bonus for concepts from documents' lead sentences. Sentences are picked by covered
/// weight per word, never twice for the same concept (redundancy control), skipping quotes, dangling
/// openers and fragments; the result is ordered by position in the documents.
/// </summary>
public sealed class ExtractiveSummarizer
{
    /// <param name="settings">Selection settings (default: <see cref="SummarizerSettings.Default"/>).</param>
    /// <param name="matcher">Decides which sentences of other documents support a chosen one (default:
    /// <see cref="LexicalSentenceMatcher"/>); the headline favours sentences other outlets restate.</param>
    public ExtractiveSummarizer(SummarizerSettings? settings = null, ISentenceMatcher? matcher = null)
    {
        Settings = settings ?? SummarizerSettings.Default;
        _matcher = matcher ?? LexicalSentenceMatcher.Instance;
    }

    private readonly ISentenceMatcher _matcher;

    public SummarizerSettings Settings { get; }

    /// <summary>
    /// Picks sentences up to <paramref name="words"/> words. With <paramref name="fillBudget"/>, a last
    /// sentence may run past the budget (an evaluation truncates it, as ROUGE <c>-l</c> does); without,
    /// every sentence fits.
    /// </summary>
    public IReadOnlyList<SelectedSentence> Summarize(IReadOnlyList<SummaryDocument> documents, int words, bool fillBudget = false)
    {
        var cluster = ClusterModel.Build(documents, Settings);
        var chosen = Select(cluster, words, fillBudget);
        if (chosen.Sum(c => c.Words) <= words) return Order(cluster, chosen);
        // the sentence that ran past the budget stays last, so truncation only ever cuts it
        var overflow = chosen[^1];
        return [.. Order(cluster, chosen[..^1]), ToSelected(cluster, overflow)];
    }

    /// <summary>
    /// Summary and headline of a story, each sentence with the sentences of other documents that
    /// support it (<see cref="MatchPurpose.SummarySupport"/>). Every sentence fits the budget.
    /// </summary>
    public SummaryResult SummarizeWithSupport(IReadOnlyList<SummaryDocument> documents, int words)
    {
        var cluster = ClusterModel.Build(documents, Settings);
        var support = Prepare(cluster);
        var summary = Order(cluster, Select(cluster, words, fillBudget: false))
            .Select(s => new SupportedSentence(s, Support(cluster, support, s)))
            .ToImmutableArray();
        var headline = Headline(cluster, support);
        return new SummaryResult(summary, headline is null ? null : new SupportedSentence(headline, Support(cluster, support, headline)));
    }

    /// <summary>The single sentence that best covers the story's concepts within the headline length.</summary>
    public SelectedSentence? Headline(IReadOnlyList<SummaryDocument> documents)
    {
        var cluster = ClusterModel.Build(documents, Settings);
        return Headline(cluster, Prepare(cluster));
    }

    /// <summary>Every candidate for the matcher, in candidate order (a candidate's id is its index), with the content
    /// stems selection already found in it.</summary>
    private ISentenceComparer Prepare(ClusterModel cluster) =>
        _matcher.Prepare(cluster.Candidates
            .Select(c => new SentenceView(c.Text, c.Content.Select(cluster.Vocabulary.Stem).ToHashSet(StringComparer.Ordinal)))
            .ToList());

    /// <summary>Sentences of other documents that carry most of what <paramref name="s"/> says.</summary>
    private static ImmutableArray<(int Document, TextSpan Span)> Support(ClusterModel cluster, ISentenceComparer support, SelectedSentence s) =>
        Support(cluster, support, cluster.Candidates.First(c => c.Document == s.Document && c.Index == s.Index && c.Parts.SequenceEqual(s.Parts)));

    private static ImmutableArray<(int Document, TextSpan Span)> Support(ClusterModel cluster, ISentenceComparer support, Candidate source)
    {
        var result = ImmutableArray.CreateBuilder<(int, TextSpan)>();
        if (source.Content.Length == 0) return result.ToImmutable();
        foreach (var c in cluster.Candidates)
        {
            if (c.Document == source.Document || !c.IsWhole) continue;
            if (support.Compare(source.Id, c.Id, MatchPurpose.SummarySupport).Same)
                result.Add((c.Document, c.Shown));
        }
        return result.ToImmutable();
    }

    /// <summary>How many other documents restate the sentence (the citation rule of <see cref="Support(ClusterModel, ISentenceComparer, Candidate)"/>).</summary>
    private int SupportingDocuments(ClusterModel cluster, ISentenceComparer support, Candidate c) =>
        Settings.HeadlineSupportExponent == 0 ? 0 : Support(cluster, support, c).Select(x => x.Document).Distinct().Count();

    private SelectedSentence? Headline(ClusterModel cluster, ISentenceComparer support)
    {
        // short clusters have no sentence of headline length: any eligible one then, scored without the support factor
        var best = BestHeadline(cluster, support, headlineLength: true) ?? BestHeadline(cluster, support, headlineLength: false);
        return best is null ? null : ToSelected(cluster, best);
    }

    private Candidate? BestHeadline(ClusterModel cluster, ISentenceComparer support, bool headlineLength)
    {
        Candidate? best = null;
        double bestScore = 0;
        foreach (var c in cluster.Candidates)
        {
            if (!c.Eligible) continue;
            if (headlineLength && (c.Words < Settings.HeadlineMinWords || c.Words > Settings.HeadlineMaxWords)) continue;
            if (Settings.HeadlineNoFirstPerson && QuoteShare.HasUnquotedFirstPerson(c.Text)) continue;
            double score = cluster.Gain(c, covered: null) / Math.Pow(c.Words, Settings.LengthExponent) * PositionFactor(c);
            if (headlineLength) score *= Math.Pow(1 + SupportingDocuments(cluster, support, c), Settings.HeadlineSupportExponent);
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return best;
    }

    /// <summary>One partial summary of the beam: sentences in the order picked, what they cover, and the objective so far.</summary>
    private sealed class Partial
    {
        public List<Candidate> Chosen { get; init; } = new();
        public Coverage Covered { get; init; } = new();
        public bool[] Used { get; init; } = [];
        public int Remaining { get; init; }
        /// <summary>Σ over picked sentences of (uncovered weight when picked, or what survives the cut) × prior.</summary>
        public double Value { get; init; }
        public bool Done { get; set; }

        public Partial Extend(Candidate c, double gain, FunctionWordGain? functionWords)
        {
            var used = (bool[])Used.Clone();
            used[c.Sentence] = true; // and every shortened form of it
            var covered = Covered.Clone();
            covered.Add(c);
            if (functionWords is not null) covered.AddFunctionWords(functionWords.Counts(c, Math.Min(c.Words, Remaining)), functionWords.Words);
            return new Partial { Chosen = [.. Chosen, c], Covered = covered, Used = used, Remaining = Remaining - c.Words, Value = Value + gain };
        }
    }

    private List<Candidate> Select(ClusterModel cluster, int words, bool fillBudget)
    {
        int width = Math.Max(1, Settings.BeamWidth);
        var beam = new List<Partial> { new() { Used = new bool[cluster.Candidates.Count], Remaining = words } };
        var options = new List<(Candidate C, double Score, double Gain)>();
        var functionWords = FunctionWordGain.For(cluster, Settings, words);
        while (beam.Any(p => !p.Done))
        {
            var next = new List<Partial>();
            foreach (var state in beam)
            {
                if (state.Done || state.Remaining <= 0) { state.Done = true; next.Add(state); continue; }
                options.Clear();
                Options(cluster, state, fillBudget, width, options, functionWords);
                if (options.Count == 0) { state.Done = true; next.Add(state); continue; }
                foreach (var (c, _, gain) in options) next.Add(state.Extend(c, gain, functionWords));
            }
            // keep the best distinct partial summaries (the same set reached in another order is one state)
            beam = next
                .OrderByDescending(p => p.Value)
                .DistinctBy(p => string.Join(',', p.Chosen.Select(c => c.Id).Order()))
                .Take(width)
                .ToList();
        }
        return beam[0].Chosen;
    }

    /// <summary>The <paramref name="k"/> best next sentences for a partial summary, by the greedy score, each with its objective gain.</summary>
    private void Options(ClusterModel cluster, Partial state, bool fillBudget, int k, List<(Candidate C, double Score, double Gain)> options,
        FunctionWordGain? functionWords)
    {
        var covered = state.Covered;
        var chosen = state.Chosen;
        int remaining = state.Remaining;
        for (int i = 0; i < cluster.Candidates.Count; i++)
        {
            var c = cluster.Candidates[i];
            if (state.Used[c.Sentence] || !c.Eligible) continue;
            double prior = Prior(cluster, c);
            if (c.Words > remaining)
            {
                // evaluation only: a sentence cut at the budget competes with the ones that fit, by what survives the cut
                if (!fillBudget || !Settings.CutSentencesCompete) continue;
                double norm = Math.Pow(remaining, Settings.LengthExponent);
                // the whole sentence's gain bounds what survives the cut (with function words too, unless they enter per word)
                if (functionWords is not { GrowsWithText: false })
                {
                    double whole = cluster.Gain(c, covered);
                    if (functionWords is not null) whole = functionWords.Combine(whole, c, c.Words, covered);
                    if (whole / norm * prior <= Threshold(options, k)) continue;
                }
                double prefix = cluster.PrefixGain(c, remaining, covered);
                if (functionWords is not null) prefix = functionWords.Combine(prefix, c, remaining, covered);
                double cut = prefix / norm * prior;
                if (cut > Threshold(options, k) && !Redundant(cluster, c, chosen, covered)) Offer(options, k, (c, cut, prefix * prior));
                continue;
            }
            double gain = cluster.Gain(c, covered);
            if (functionWords is not null) gain = functionWords.Combine(gain, c, c.Words, covered);
            if (gain <= 0) continue;
            double score = gain / Math.Pow(c.Words, Settings.LengthExponent) * prior;
            if (score > Threshold(options, k) && !Redundant(cluster, c, chosen, covered)) Offer(options, k, (c, score, gain * prior));
        }
        if (options.Count > 0 || !fillBudget) return;
        // nothing fits: the best sentences whose first `remaining` words add the most
        for (int i = 0; i < cluster.Candidates.Count; i++)
        {
            var c = cluster.Candidates[i];
            if (state.Used[c.Sentence] || !c.Eligible) continue;
            double gain = Settings.ExactPrefixGain ? cluster.PrefixGain(c, remaining, covered) : cluster.Gain(c, covered) * Math.Min(1.0, (double)remaining / c.Words);
            if (functionWords is not null) gain = functionWords.Combine(gain, c, remaining, covered);
            gain *= Prior(cluster, c);
            if (gain > Threshold(options, k) && !Redundant(cluster, c, chosen, covered)) Offer(options, k, (c, gain, gain));
        }
    }

    private static double Threshold(List<(Candidate C, double Score, double Gain)> options, int k) => options.Count < k ? 0 : options[^1].Score;

    /// <summary>Inserts into a list kept sorted by descending score and at most <paramref name="k"/> long (earlier candidates win ties, as in the greedy).</summary>
    private static void Offer(List<(Candidate C, double Score, double Gain)> options, int k, (Candidate C, double Score, double Gain) option)
    {
        int at = options.Count;
        while (at > 0 && options[at - 1].Score < option.Score) at--;
        options.Insert(at, option);
        if (options.Count > k) options.RemoveAt(options.Count - 1);
    }

    private double PositionFactor(Candidate c) => 1 + Settings.PositionBonus / (1 + c.Index);

    private double Prior(ClusterModel cluster, Candidate c) =>
        PositionFactor(c) * (Settings.CentralityWeight > 0 ? 1 + Settings.CentralityWeight * cluster.Centrality(c) : 1)
        * (cluster.SentencePriors is { } priors ? priors[c.Id] : 1);

    private bool Redundant(ClusterModel cluster, Candidate c, List<Candidate> chosen, Coverage covered)
    {
        foreach (var s in chosen)
            if (Candidate.Cosine(c, s) > Settings.RedundancyCosine) return true;
        // in concept space: a sentence whose weight is mostly covered already mostly repeats the summary
        if (Settings.MinNovelConceptShare > 0 && chosen.Count > 0)
        {
            double all = cluster.Gain(c, covered: null);
            if (all > 0 && cluster.Gain(c, covered) < Settings.MinNovelConceptShare * all) return true;
        }
        return false;
    }

    /// <summary>Output order: documents in publication order, sentences in document order.</summary>
    private static IReadOnlyList<SelectedSentence> Order(ClusterModel cluster, List<Candidate> chosen)
    {
        if (chosen.Count == 0) return [];
        return chosen
            .OrderBy(c => cluster.Documents[c.Document].Order)
            .ThenBy(c => c.Document)
            .ThenBy(c => c.Index)
            .Select(c => ToSelected(cluster, c))
            .ToList();
    }

    private static SelectedSentence ToSelected(ClusterModel cluster, Candidate c) =>
        new(c.Document, c.Index, c.Span, c.Shown, c.Text, c.Words) { Parts = c.Parts };
}
