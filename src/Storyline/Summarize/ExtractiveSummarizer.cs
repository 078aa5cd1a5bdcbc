using System.Collections.Immutable;
using Storyline.Similarity;
using Storyline.Text;
using Storyline.Language;

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
    /// <param name="models">The concept model and function-word table to use (from the run's <c>ModelStore</c>; <see cref="SummarizerModels.None"/>: neither).</param>
    /// <param name="settings">Selection settings (default: <see cref="SummarizerSettings.Default"/>).</param>
    /// <param name="matcher">Decides which sentences of other documents support a chosen one (default:
    /// <see cref="LexicalSentenceMatcher"/>); the headline favours sentences other outlets restate.</param>
    /// <param name="language">The pack whose words judge sentences; English (the language the models were trained on) when null.</param>
    public ExtractiveSummarizer(SummarizerModels models, SummarizerSettings? settings = null, ISentenceMatcher? matcher = null, LanguagePack? language = null)
    {
        Models = models;
        Settings = settings ?? SummarizerSettings.Default;
        _matcher = matcher ?? LexicalSentenceMatcher.Instance;
        Language = language ?? LanguagePacks.English;
    }

    private readonly ISentenceMatcher _matcher;

    public SummarizerSettings Settings { get; }

    public SummarizerModels Models { get; }

    public LanguagePack Language { get; }

    /// <summary>
    /// Picks sentences up to <paramref name="words"/> words. With <paramref name="fillBudget"/>, a last
    /// sentence may run past the budget (an evaluation truncates it, as ROUGE <c>-l</c> does); without,
    /// every sentence fits.
    /// </summary>
    public IReadOnlyList<SelectedSentence> Summarize(IReadOnlyList<SummaryDocument> documents, int words, bool fillBudget = false)
    {
        var cluster = ClusterModel.Build(documents, Settings, Models, Language);
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
        var cluster = ClusterModel.Build(documents, Settings, Models, Language);
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
        var cluster = ClusterModel.Build(documents, Settings, Models, Language);
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

    /// <summary>Greedy selection: the best next sentence until the budget is spent or nothing adds anything. (A beam over
    /// partial summaries found larger objectives but lower ROUGE-1: docs/summarizer.md, "Tried and removed".)</summary>
    private List<Candidate> Select(ClusterModel cluster, int words, bool fillBudget)
    {
        var functionWords = FunctionWordGain.For(Settings, Models.FunctionWords, words);
        var chosen = new List<Candidate>();
        var covered = new Coverage();
        var used = new bool[cluster.Candidates.Count];
        int remaining = words;
        while (remaining > 0 && Next(cluster, chosen, covered, used, remaining, fillBudget, functionWords) is { } c)
        {
            chosen.Add(c);
            used[c.Sentence] = true; // and every shortened form of it
            covered.Add(c);
            if (functionWords is not null) covered.AddFunctionWords(functionWords.Counts(c, Math.Min(c.Words, remaining)), functionWords.Words);
            remaining -= c.Words;
        }
        return chosen;
    }

    /// <summary>The best next sentence by the greedy score (earlier candidates win ties), or null when none adds anything.</summary>
    private Candidate? Next(ClusterModel cluster, List<Candidate> chosen, Coverage covered, bool[] used, int remaining, bool fillBudget,
        FunctionWordGain? functionWords)
    {
        Candidate? best = null;
        double bestScore = 0;
        for (int i = 0; i < cluster.Candidates.Count; i++)
        {
            var c = cluster.Candidates[i];
            if (used[c.Sentence] || !c.Eligible) continue;
            double prior = Prior(cluster, c);
            if (c.Words > remaining)
            {
                // evaluation only: a sentence cut at the budget competes with the ones that fit, by what survives the cut
                if (!fillBudget || !Settings.CutSentencesCompete) continue;
                double norm = Math.Pow(remaining, Settings.LengthExponent);
                // the whole sentence's gain bounds what survives the cut (function words included: both only grow with more words)
                double whole = cluster.Gain(c, covered);
                if (functionWords is not null) whole = functionWords.Combine(whole, c, c.Words, covered);
                if (whole / norm * prior <= bestScore) continue;
                double prefix = cluster.PrefixGain(c, remaining, covered);
                if (functionWords is not null) prefix = functionWords.Combine(prefix, c, remaining, covered);
                double cut = prefix / norm * prior;
                if (cut > bestScore && !Redundant(cluster, c, chosen)) { best = c; bestScore = cut; }
                continue;
            }
            double gain = cluster.Gain(c, covered);
            if (functionWords is not null) gain = functionWords.Combine(gain, c, c.Words, covered);
            if (gain <= 0) continue;
            double score = gain / Math.Pow(c.Words, Settings.LengthExponent) * prior;
            if (score > bestScore && !Redundant(cluster, c, chosen)) { best = c; bestScore = score; }
        }
        if (best is not null || !fillBudget) return best;
        // nothing fits: the sentence whose first `remaining` words add the most
        for (int i = 0; i < cluster.Candidates.Count; i++)
        {
            var c = cluster.Candidates[i];
            if (used[c.Sentence] || !c.Eligible) continue;
            double gain = Settings.ExactPrefixGain ? cluster.PrefixGain(c, remaining, covered) : cluster.Gain(c, covered) * Math.Min(1.0, (double)remaining / c.Words);
            if (functionWords is not null) gain = functionWords.Combine(gain, c, remaining, covered);
            gain *= Prior(cluster, c);
            if (gain > bestScore && !Redundant(cluster, c, chosen)) { best = c; bestScore = gain; }
        }
        return best;
    }

    private double PositionFactor(Candidate c) => 1 + Settings.PositionBonus / (1 + c.Index);

    private double Prior(ClusterModel cluster, Candidate c) =>
        PositionFactor(c) * (cluster.SentencePriors is { } priors ? priors[c.Id] : 1)
        * (cluster.Documents[c.Document].Agreed.ContainsKey(c.Index) ? 1 + Settings.AgreedFactBonus : 1);

    /// <summary>Too close to a chosen sentence, or (with the story's ledger) stating an agreed fact a chosen sentence states.</summary>
    private bool Redundant(ClusterModel? cluster, Candidate c, List<Candidate> chosen)
    {
        foreach (var s in chosen)
            if (Candidate.Cosine(c, s) > Settings.RedundancyCosine) return true;
        if (cluster is not null && cluster.Documents[c.Document].Agreed.TryGetValue(c.Index, out var facts))
            foreach (var s in chosen)
                if (cluster.Documents[s.Document].Agreed.TryGetValue(s.Index, out var told) && facts.Any(told.Contains)) return true;
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
