using Storyline.Lab.Evaluation.Gate;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation;

/// <summary>
/// The one quality gate: every eval pinned in <c>evals/baseline.json</c>, measured on the dataset it pins, stays at or
/// above its floor. The floors replace the ones that used to sit in separate test files.
/// </summary>
public sealed class EvalGateTests
{
    private static readonly string BaselinePath = Path.Combine(SharedData.RepoRoot, "evals", "baseline.json");

    private static EvalBaseline Baseline() => EvalBaseline.Read(BaselinePath);

    public static TheoryData<string> Evals()
    {
        var data = new TheoryData<string>();
        foreach (var e in EvalBaseline.Read(Path.Combine(SharedData.RepoRoot, "evals", "baseline.json")).Evals) data.Add(e.Name);
        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(Evals))]
    public void Each_pinned_eval_stays_at_or_above_its_floors(string name)
    {
        var check = GateCheck.Run(Baseline().Evals.Single(e => e.Name == name), SharedData.Directory!);
        Assert.True(check.Passed, string.Join(Environment.NewLine, check.Lines));
    }

    [Fact]
    public void The_baseline_pins_a_dataset_digest_and_a_measurement_for_every_eval()
    {
        var baseline = Baseline();
        Assert.NotEmpty(baseline.Evals);
        Assert.Equal(baseline.Evals.Count, baseline.Evals.Select(e => e.Name).Distinct().Count());
        foreach (var e in baseline.Evals)
        {
            Assert.Matches("^[0-9a-f]{64}$", e.Sha256);
            Assert.True(GateMeasurements.All.ContainsKey(e.Name), $"no measurement registered for '{e.Name}'");
            Assert.NotEmpty(e.Metrics);
        }
    }

    [Fact]
    public void A_floor_below_its_best_by_more_than_the_tolerance_carries_a_note()
    {
        foreach (var e in Baseline().Evals)
            foreach (var (metric, floor) in e.Metrics)
            {
                Assert.True(floor.Floor <= floor.Best + 1e-9, $"{e.Name}.{metric}: floor {floor.Floor} above best {floor.Best}");
                Assert.True(!floor.IsLowered || !string.IsNullOrWhiteSpace(floor.Note), $"{e.Name}.{metric}: floor lowered without a note");
            }
    }

    [Fact]
    public void Raising_never_lowers_and_lowering_needs_a_note()
    {
        var baseline = new EvalBaseline([new GatedEval("x", "d", new string('0', 64), "c",
            new Dictionary<string, MetricFloor> { ["f1"] = new(0.80, 0.81, 0.01) })]);
        var raised = baseline.Raise("x", new Dictionary<string, double> { ["f1"] = 0.70 });
        Assert.Equal(new MetricFloor(0.80, 0.81, 0.01), raised.Evals[0].Metrics["f1"]);
        raised = baseline.Raise("x", new Dictionary<string, double> { ["f1"] = 0.85 });
        Assert.Equal(new MetricFloor(0.84, 0.85, 0.01), raised.Evals[0].Metrics["f1"]);

        Assert.Throws<ArgumentException>(() => baseline.Lower("x", "f1", 0.75, ""));
        Assert.Throws<ArgumentException>(() => baseline.Lower("x", "f1", 0.82, "higher is not lower"));
        var lowered = baseline.Lower("x", "f1", 0.75, "dataset relabelled upstream");
        Assert.True(lowered.Evals[0].Metrics["f1"].IsLowered);
        Assert.Equal("dataset relabelled upstream", lowered.Evals[0].Metrics["f1"].Note);
    }

    [Fact]
    public void A_folder_digest_changes_when_a_file_changes()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "one");
            var before = DatasetDigest.Of(dir.FullName);
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "two");
            Assert.NotEqual(before, DatasetDigest.Of(dir.FullName));
        }
        finally { dir.Delete(true); }
    }
}
