using System.Collections.Immutable;
using Storyline.Evaluation.Rouge;
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
    public ExtractiveSummarizer(SummarizerSettings? settings = null) => Settings = settings ?? SummarizerSettings.Default;

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
    /// support it (see <see cref="SummarizerSettings.SupportOverlap"/>). Every sentence fits the budget.
    /// </summary>
    public SummaryResult SummarizeWithSupport(IReadOnlyList<SummaryDocument> documents, int words)
    {
        var cluster = ClusterModel.Build(documents, Settings);
        var summary = Order(cluster, Select(cluster, words, fillBudget: false))
            .Select(s => new SupportedSentence(s, Support(cluster, s)))
            .ToImmutableArray();
        var headline = Headline(cluster);
        return new SummaryResult(summary, headline is null ? null : new SupportedSentence(headline, Support(cluster, headline)));
    }

    /// <summary>The single sentence that best covers the story's concepts within the headline length.</summary>
    public SelectedSentence? Headline(IReadOnlyList<SummaryDocument> documents) => Headline(ClusterModel.Build(documents, Settings));

    /// <summary>Sentences of other documents that carry most of the content stems of <paramref name="s"/>.</summary>
    private ImmutableArray<(int Document, TextSpan Span)> Support(ClusterModel cluster, SelectedSentence s)
    {
        var source = cluster.Candidates.First(c => c.Document == s.Document && c.Index == s.Index && c.Shown == s.Shown);
        var result = ImmutableArray.CreateBuilder<(int, TextSpan)>();
        if (source.Content.Length == 0) return result.ToImmutable();
        foreach (var c in cluster.Candidates)
        {
            if (c.Document == s.Document || !c.IsWhole) continue;
            int shared = Candidate.SharedCount(source.Content, c.Content);
            if (shared >= Settings.SupportMinSharedStems && shared >= Settings.SupportOverlap * source.Content.Length)
                result.Add((c.Document, c.Shown));
        }
        return result.ToImmutable();
    }

    private SelectedSentence? Headline(ClusterModel cluster)
    {
        Candidate? best = null;
        double bestScore = 0;
        foreach (var c in cluster.Candidates)
        {
            if (!c.Eligible || c.Words < Settings.HeadlineMinWords || c.Words > Settings.HeadlineMaxWords) continue;
            double score = cluster.Gain(c, covered: null) / Math.Pow(c.Words, Settings.LengthExponent) * PositionFactor(c);
            if (score > bestScore) { bestScore = score; best = c; }
        }
        if (best is null)
        {
            // short clusters: fall back to any eligible sentence
            foreach (var c in cluster.Candidates)
            {
                if (!c.Eligible) continue;
                double score = cluster.Gain(c, covered: null) / Math.Pow(c.Words, Settings.LengthExponent) * PositionFactor(c);
                if (score > bestScore) { bestScore = score; best = c; }
            }
        }
        return best is null ? null : ToSelected(cluster, best);
    }

    private List<Candidate> Select(ClusterModel cluster, int words, bool fillBudget)
    {
        var chosen = new List<Candidate>();
        var covered = new Coverage();
        int remaining = words;
        var used = new bool[cluster.Candidates.Count];
        while (remaining > 0)
        {
            Candidate? best = null;
            double bestScore = 0;
            for (int i = 0; i < cluster.Candidates.Count; i++)
            {
                var c = cluster.Candidates[i];
                if (used[c.Sentence] || !c.Eligible) continue;
                if (c.Words > remaining)
                {
                    // evaluation only: a sentence cut at the budget competes with the ones that fit, by what survives the cut
                    if (!fillBudget || !Settings.CutSentencesCompete) continue;
                    double norm = Math.Pow(remaining, Settings.LengthExponent);
                    double prior = Prior(cluster, c);
                    if (cluster.Gain(c, covered) / norm * prior <= bestScore) continue;
                    double cut = cluster.PrefixGain(c, remaining, covered) / norm * prior;
                    if (cut > bestScore && !Redundant(c, chosen)) { bestScore = cut; best = c; }
                    continue;
                }
                double gain = cluster.Gain(c, covered);
                if (gain <= 0) continue;
                double score = gain / Math.Pow(c.Words, Settings.LengthExponent) * Prior(cluster, c);
                if (score > bestScore && !Redundant(c, chosen)) { bestScore = score; best = c; }
            }
            if (best is null)
            {
                if (!fillBudget) break;
                // nothing fits: the best sentence whose first `remaining` words add the most
                for (int i = 0; i < cluster.Candidates.Count; i++)
                {
                    var c = cluster.Candidates[i];
                    if (used[c.Sentence] || !c.Eligible) continue;
                    double gain = (Settings.ExactPrefixGain ? cluster.PrefixGain(c, remaining, covered) : cluster.Gain(c, covered) * Math.Min(1.0, (double)remaining / c.Words)) * Prior(cluster, c);
                    if (gain > bestScore && !Redundant(c, chosen)) { bestScore = gain; best = c; }
                }
                if (best is null) break;
            }
            used[best.Sentence] = true; // and every shortened form of it
            chosen.Add(best);
            covered.Add(best);
            remaining -= best.Words;
        }
        return chosen;
    }

    private double PositionFactor(Candidate c) => 1 + Settings.PositionBonus / (1 + c.Index);

    private double Prior(ClusterModel cluster, Candidate c) =>
        PositionFactor(c) * (Settings.CentralityWeight > 0 ? 1 + Settings.CentralityWeight * cluster.Centrality(c) : 1);

    private bool Redundant(Candidate c, List<Candidate> chosen)
    {
        foreach (var s in chosen)
            if (Candidate.Cosine(c, s) > Settings.RedundancyCosine) return true;
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
        new(c.Document, c.Index, c.Span, c.Shown, c.Text, c.Words);
}
