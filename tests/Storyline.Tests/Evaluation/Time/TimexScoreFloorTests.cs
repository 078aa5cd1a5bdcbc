using Storyline.Evaluation.Time;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Time;

/// <summary>Guards the time engine's recorded value F1 on the TempEval-3 training file (docs/time-and-figures.md).</summary>
public sealed class TimexScoreFloorTests
{
    // Measured − 0.01 (own engine, issue #18: whole 0.8234, never-read AQUAINT half 0.7714; the Recognizers tagger
    // before it: 0.8179 / 0.7500).
    private const double WholeFloor = 0.8134;
    private const double HeldOutFloor = 0.7614;

    [SharedDataFact]
    public void Value_f1_does_not_fall_below_the_recorded_figures()
    {
        var (docs, problem) = TimexDatasetReader.Read(SharedData.Path("data", "time", "tempeval3", "timex3-train.jsonl"));
        Assert.Null(problem);
        var table = TimexEvaluation.Run(docs, baseline: false);
        double Value(string system) => table.Rows.Single(r => r.System == system).Values["value_f1"]!.Value;
        Assert.True(Value("storyline") >= WholeFloor, $"value F1 {Value("storyline"):F4} < {WholeFloor}");
        Assert.True(Value("storyline/held-out") >= HeldOutFloor, $"held-out value F1 {Value("storyline/held-out"):F4} < {HeldOutFloor}");
    }
}
