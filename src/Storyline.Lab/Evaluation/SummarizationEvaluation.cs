using System.Diagnostics;
using Storyline.Lab.Evaluation.Rouge;
using Storyline.Summarize;

namespace Storyline.Lab.Evaluation;

/// <summary>Settings of one summarization evaluation run.</summary>
/// <param name="CvConfigurations">When given with <paramref name="CvFolds"/> ≥ 2, an extra row: every topic summarised
/// with the configuration (of these) whose ROUGE-1 + ROUGE-2 recall was best on the other folds.</param>
/// <param name="Models">The concept model and function-word table every summary uses (the shipped ones, or files being compared).</param>
public sealed record SummarizationEvalOptions(string Dataset, int Words, string RougeData, SummarizerSettings Summarizer, SummarizerModels Models, int Limit = 0,
    IReadOnlyList<(string Label, SummarizerSettings Settings)>? CvConfigurations = null, int CvFolds = 0);

/// <summary>Our summaries and the scores of every system on one dataset.</summary>
public sealed record SummarizationEvalResult(
    EvalTable Table,
    IReadOnlyList<(string Id, string Summary)> Summaries,
    double MedianMsPerCluster,
    double WallSeconds);

/// <summary>
/// Summarizes every cluster of a dataset, scores our summaries and (on DUC 2004) the 13 SumRepo
/// systems with the project's ROUGE-1.5.5 reimplementation in the same run.
/// </summary>
public static class SummarizationEvaluation
{
    public static readonly string[] Metrics =
        ["rouge1_r", "rouge1_p", "rouge1_f", "rouge2_r", "rouge2_f", "rouge4_r", "rougeL_r", "rougeSU4_r", "ms_per_cluster", "cpu_ms_per_cluster", "clusters_per_s"];

    public static SummarizationEvalResult Run(SummarizationEvalOptions options)
    {
        var wall = Stopwatch.StartNew();
        var clusters = SummarizationDataset.Read(options.Dataset, options.Limit);
        if (clusters.Count == 0) throw new FormatException($"{options.Dataset}: no clusters.");
        var resources = RougeResources.Load(options.RougeData);

        // Summaries (timed per cluster, one thread).
        var summarizer = new ExtractiveSummarizer(options.Models, options.Summarizer with { Words = options.Words });
        var summaries = new List<(string Id, string Summary)>(clusters.Count);
        var times = new double[clusters.Count];
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < clusters.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var docs = clusters[i].Documents.Select((d, k) => SummaryDocument.FromText(SummaryDocument.Unwrap(d), k)).ToArray();
            var picked = summarizer.Summarize(docs, options.Words, fillBudget: true);
            summaries.Add((clusters[i].Id, string.Join("\n", picked.Select(p => p.Text))));
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds / clusters.Count;
        double summarizeSeconds = times.Sum() / 1000;
        Array.Sort(times);
        double median = times[times.Length / 2];

        // Scores.
        var scorer = new RougeScorer(RougeOptions.Duc2004 with { WordLimit = options.Words }, resources);
        var models = clusters.ToDictionary(c => c.Id, c => c.References.Select(scorer.Prepare).ToArray());
        var table = new EvalTable($"Summarization: {Path.GetFileName(options.Dataset)} ({clusters.Count} clusters, {options.Words} words, ROUGE-1.5.5 -n 4 -2 4 -u -m -l {options.Words} -f A)", Metrics);
        var ours = Average(summaries.Select(s => (s.Id, scorer.Score(scorer.Prepare(s.Summary), models[s.Id]))));
        var rows = new List<(string System, IReadOnlyDictionary<string, RougeScore> Scores)>();

        var sumRepo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Dataset)) ?? ".", "sumrepo-system-summaries.jsonl");
        if (File.Exists(sumRepo))
        {
            var systems = SummarizationDataset.ReadSystemSummaries(sumRepo).Where(s => models.ContainsKey(s.ClusterId)).GroupBy(s => s.System);
            foreach (var g in systems)
                rows.Add((g.Key, Average(g.Select(s => (s.ClusterId, scorer.Score(scorer.Prepare(s.Summary), models[s.ClusterId]))))));
        }
        rows.Sort((a, b) => a.Scores[RougeMeasure.Rouge2].Recall.CompareTo(b.Scores[RougeMeasure.Rouge2].Recall));
        foreach (var (system, scores) in rows) table.Add(system, Values(scores));
        var ourValues = Values(ours);
        ourValues["ms_per_cluster"] = median;
        ourValues["clusters_per_s"] = clusters.Count / summarizeSeconds;
        ourValues["cpu_ms_per_cluster"] = cpuMs;
        table.Add("storyline", ourValues);
        if (options.CvConfigurations is { Count: > 0 } configurations && options.CvFolds >= 2)
            AddCrossValidatedRow(table, clusters, configurations, options, scorer, models);

        wall.Stop();
        table.Notes.Add($"storyline: median {median:F2} ms per cluster (wall clock, one thread), mean CPU {cpuMs:F2} ms per cluster, {clusters.Count / summarizeSeconds:F0} clusters/s (summarizing only)");
        table.Notes.Add($"wall time {wall.Elapsed.TotalSeconds:F2} s for the whole run (read, summarize, ROUGE for {rows.Count + 1} systems)");
        table.Notes.Add("scores are recall/precision/F of ROUGE-1.5.5 reimplemented in Storyline.Lab.Evaluation.Rouge (stemmed, model average over references)");
        return new SummarizationEvalResult(table, summaries, median, wall.Elapsed.TotalSeconds);
    }

    /// <summary>The row name of the cross-validated configuration choice.</summary>
    public static string CvSystemName(int folds) => $"storyline ({folds}-fold CV)";

    private static void AddCrossValidatedRow(EvalTable table, IReadOnlyList<SummarizationCluster> clusters,
        IReadOnlyList<(string Label, SummarizerSettings Settings)> configurations, SummarizationEvalOptions options,
        RougeScorer scorer, Dictionary<string, RougeDocument[]> models)
    {
        var topics = clusters.Select(c => c.Id).ToList();
        var scores = new List<Dictionary<string, IReadOnlyDictionary<string, RougeScore>>>(configurations.Count);
        var candidates = new List<CvCandidate>(configurations.Count);
        foreach (var (label, settings) in configurations)
        {
            var summarizer = new ExtractiveSummarizer(options.Models, settings with { Words = options.Words });
            var byTopic = clusters.ToDictionary(c => c.Id, c => string.Join("\n", summarizer.Summarize(
                c.Documents.Select((d, k) => SummaryDocument.FromText(SummaryDocument.Unwrap(d), k)).ToArray(), options.Words, fillBudget: true).Select(p => p.Text)));
            var topicScores = byTopic.ToDictionary(kv => kv.Key, kv => scorer.Score(scorer.Prepare(kv.Value), models[kv.Key]));
            scores.Add(topicScores);
            candidates.Add(new CvCandidate(label, topicScores.ToDictionary(kv => kv.Key,
                kv => kv.Value[RougeMeasure.Rouge1].Recall + kv.Value[RougeMeasure.Rouge2].Recall)));
        }
        var choices = SummarizationCrossValidation.Choose(topics, candidates, options.CvFolds);
        var chosen = choices.SelectMany(c => c.HeldOutTopics.Select(t => (Topic: t, c.Candidate))).ToDictionary(x => x.Topic, x => x.Candidate);
        // in the dataset's topic order: Rouge155Average resamples topics in evaluation-id order
        var assembled = topics.Select(t => (t, scores[chosen[t]][t])).ToArray();
        table.Add(CvSystemName(options.CvFolds), Values(Average(assembled)));
        table.Notes.Add($"{CvSystemName(options.CvFolds)}: {configurations.Count} configurations; topic i is in fold i mod {options.CvFolds}; " +
            "each fold is summarised with the configuration of best mean ROUGE-1 + ROUGE-2 recall on the other folds (ties: the earlier one; the first is the shipped setting)");
        foreach (var choice in choices)
            table.Notes.Add($"  fold {choice.Fold + 1}: {configurations[choice.Candidate].Label} (other folds' mean R-1 + R-2 recall {choice.TrainingMean:F4})");
    }

    private static Dictionary<string, double?> Values(IReadOnlyDictionary<string, RougeScore> s) => new()
    {
        ["rouge1_r"] = s[RougeMeasure.Rouge1].Recall,
        ["rouge1_p"] = s[RougeMeasure.Rouge1].Precision,
        ["rouge1_f"] = s[RougeMeasure.Rouge1].F,
        ["rouge2_r"] = s[RougeMeasure.Rouge2].Recall,
        ["rouge2_f"] = s[RougeMeasure.Rouge2].F,
        ["rouge4_r"] = s[RougeMeasure.Rouge4].Recall,
        ["rougeL_r"] = s[RougeMeasure.RougeL].Recall,
        ["rougeSU4_r"] = s[RougeMeasure.RougeS(4, true)].Recall,
    };

    // ROUGE-1.5.5's printed averages are bootstrap means (Rouge155Average); every row uses them so our row
    // and the 13 published systems read the way the published tables do, to the last digit.
    private static IReadOnlyDictionary<string, RougeScore> Average(IEnumerable<(string Id, IReadOnlyDictionary<string, RougeScore> Scores)> topics) =>
        Rouge155Average.Of(topics.ToArray()).ToDictionary(kv => kv.Key, kv => kv.Value.Mean, StringComparer.Ordinal);
}
