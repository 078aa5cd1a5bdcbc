using Storyline.Lab.Evaluation;
using Storyline.Lab.Evaluation.Rouge;
using Storyline.Tests.Support;
using Xunit.Abstractions;

namespace Storyline.Tests.Evaluation;

/// <summary>Our ROUGE against the official ROUGE-1.5.5 output on the 13 SumRepo systems of DUC 2004.</summary>
public sealed class RougeReproductionTests(ITestOutputHelper output)
{
    private const double Tolerance = 0.0005;

    // Topic d30048 of task2.jsonl repeats assessor h's summary where the official run read assessor g's
    // (its four references are b, c, h, h instead of b, c, g, h), so our d30048 scores differ from the
    // official ones (ROUGE-1 R per system: -0.004 to +0.034). ROUGE-1.5.5's bootstrap gives d30048 a
    // weight of 964/50,000 in every average, which moves exactly these averages past the tolerance
    // (by 0.0005-0.0009). Substituting the official d30048 per-topic scores (published with -d) puts
    // every ROUGE-2 average of the 13 systems on the official value exactly and every ROUGE-1 average
    // within 0.0002, so this is the data export, not the scorer. The allowance applies only while the
    // duplicate is there.
    private const string DefectiveTopic = "d30048";
    private const double DefectAllowance = 0.001;
    private static readonly HashSet<string> MovedByDefect =
    [
        "CLASSY04 ROUGE-1", "CLASSY04 ROUGE-2", "CLASSY04 ROUGE-L", "CLASSY04 ROUGE-SU4",
        "FreqSum ROUGE-1", "FreqSum ROUGE-L",
        "ICSISumm ROUGE-2",
    ];

    [SharedDataTheory]
    [InlineData("rouge155-n2-x-m-l100.res")]
    [InlineData("rouge155-n4-su4-m-l100.res")]
    public void Matches_official_rouge_155_on_every_system_and_measure(string resFile)
    {
        var expected = Rouge155Results.Parse(File.ReadLines(SharedData.Path("data", "duc2004", resFile)));
        Assert.Equal(13, expected.Count);
        var clusters = SummarizationDataset.Read(SharedData.Path("data", "duc2004", "task2.jsonl"));
        bool defectPresent = clusters.Any(c => c.Id == DefectiveTopic && c.References.Distinct().Count() < c.References.Count);
        var actual = ScoreSumRepo(clusters);

        var failures = new List<string>();
        var excused = new List<string>();
        int checkedCount = 0;
        double worst = 0;
        foreach (var (system, measures) in expected)
        {
            foreach (var (measure, want) in measures)
            {
                var got = actual[system][measure];
                double bound = defectPresent && MovedByDefect.Contains($"{system} {measure}") ? DefectAllowance : Tolerance;
                Check(system, measure, "R", want.Recall, got.Recall, bound);
                Check(system, measure, "P", want.Precision, got.Precision, bound);
                Check(system, measure, "F", want.F, got.F, bound);
            }
        }
        foreach (var e in excused) output.WriteLine($"{e} [{DefectiveTopic} reference defect]");
        foreach (var f in failures) output.WriteLine(f);
        output.WriteLine($"{checkedCount} averages checked, {excused.Count} beyond {Tolerance} excused by the {DefectiveTopic} defect, " +
                         $"{failures.Count} failing, largest |Δ| {worst:F5}");
        Assert.True(failures.Count == 0, $"{failures.Count} averages differ from ROUGE-1.5.5:\n" + string.Join("\n", failures));

        void Check(string system, string measure, string kind, double want, double got, double bound)
        {
            checkedCount++;
            double delta = Math.Abs(want - got);
            worst = Math.Max(worst, delta);
            // the .res values have 5 decimals: compare at that resolution so 0.00050 counts as 0.0005
            delta = Math.Round(delta, 5);
            var line = $"{system} {measure} {kind}: official {want:F5}, ours {got:F5} (Δ {got - want:+0.00000;-0.00000})";
            if (delta > bound) failures.Add(line);
            else if (delta > Tolerance) excused.Add(line);
        }
    }

    internal static Dictionary<string, Dictionary<string, RougeScore>> ScoreSumRepo(IReadOnlyList<SummarizationCluster> clusters)
    {
        var summaries = SummarizationDataset.ReadSystemSummaries(SharedData.Path("data", "duc2004", "sumrepo-system-summaries.jsonl"));
        var scorer = new RougeScorer(RougeOptions.Duc2004, RougeResources.Load(SharedData.Path("data", "rouge")));
        var models = clusters.ToDictionary(c => c.Id, c => c.References.Select(scorer.Prepare).ToArray());
        return summaries.GroupBy(s => s.System).ToDictionary(
            g => g.Key,
            g => Rouge155Average.Of(g.Select(s => (s.ClusterId, scorer.Score(scorer.Prepare(s.Summary), models[s.ClusterId]))).ToArray())
                .ToDictionary(kv => kv.Key, kv => kv.Value.Mean));
    }
}
