using Storyline.Lab.Datasets.Ner;
using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Annotate.Entities;

namespace Storyline.Lab.Evaluation.Ner;

/// <summary>The score of a tagger on a CoNLL file and how fast it tagged.</summary>
/// <param name="TokensPerSecond">Wall-clock throughput of the fastest timed pass.</param>
/// <param name="TokensPerCpuSecond">Throughput per second of processor time used by this process in the
/// fastest pass: what one core does when the machine is shared with other jobs.</param>
public sealed record NerEvaluationResult(ConllScore Score, double TokensPerSecond, double TokensPerCpuSecond);

/// <summary>Tags a CoNLL file document by document and scores it as conlleval would.</summary>
public static class NerEvaluation
{
    /// <summary>Timed tagging passes; the fastest counts (each pass gives the same tags).</summary>
    public const int TimedPasses = 3;

    public static NerEvaluationResult Run(EntityTagger tagger, ImmutableArray<ConllDocument> docs)
    {
        var inputs = docs.Select(d => d.Sentences.Select(s => s.Tokens.ToArray()).ToArray()).ToArray();
        foreach (var doc in inputs) tagger.TagIob(doc); // warm-up: JIT and the lazy model load are not tagging time
        var predicted = new string[inputs.Length][][];
        // Best of a few timed passes: on a shared machine the slowest passes measure other jobs, not the tagger.
        var best = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int pass = 0; pass < TimedPasses; pass++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int d = 0; d < inputs.Length; d++) predicted[d] = tagger.TagIob(inputs[d]);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuStart;
            if (clock.Elapsed < best) best = clock.Elapsed;
            if (cpu < bestCpu) bestCpu = cpu;
        }
        int tokens = docs.Sum(d => d.TokenCount);
        var score = ConllScorer.Score(docs.SelectMany((doc, d) =>
            doc.Sentences.Select((s, i) => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)predicted[d][i]))));
        return new NerEvaluationResult(score, tokens / best.TotalSeconds, tokens / Math.Max(bestCpu.TotalSeconds, 1e-6));
    }
}
