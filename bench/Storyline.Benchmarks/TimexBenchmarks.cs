using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Storyline.Annotate.Time;
using Storyline.Lab.Baselines.Recognizers;
using Storyline.Lab.Evaluation.Time;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Benchmarks;

/// <summary>
/// Time expressions per article: the own engine (<see cref="TimexTagger"/>) against the Microsoft.Recognizers tagger
/// it replaced, on the same TempEval-3 documents from ../shared, sentences split beforehand. Results are per document.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class TimexBenchmarks
{
    /// <summary>In process (building a separate boilerplate project takes minutes on a shared 2-core machine), few iterations:
    /// the Recognizers side costs seconds per operation.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
    }

    private const int Documents = 32;

    private (string Text, TextSpan[] Sentences, DateOnly? Anchor)[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var (docs, problem) = TimexDatasetReader.Read(Path.Combine(BenchData.Shared(), "data", "time", "tempeval3", "timex3-train.jsonl"));
        if (problem is not null) throw new InvalidOperationException(problem.Reason);
        // every eighth document: TimeBank and AQUAINT, short and long
        _docs = docs.Where((_, i) => i % 8 == 0).Take(Documents)
            .Select(d => (d.Text, SentenceSplitter.Split(d.Text, LanguagePacks.English.Sentences).Select(s => s.Span).ToArray(), d.Dct)).ToArray();
        RecognizerModels.TryLoad(out _);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents)]
    public int Recognizers()
    {
        int n = 0;
        foreach (var (text, sentences, anchor) in _docs) n += RecognizersTimexTagger.Tag(text, sentences, anchor).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Documents)]
    public int Engine()
    {
        int n = 0;
        foreach (var (text, sentences, anchor) in _docs) n += TimexTagger.Tag(text, sentences, anchor).Length;
        return n;
    }
}
