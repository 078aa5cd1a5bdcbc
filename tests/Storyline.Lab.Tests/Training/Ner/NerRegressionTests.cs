using Storyline.Annotate.Entities;
using Storyline.Lab.Evaluation.Ner;
using Storyline.Tests.Support;

namespace Storyline.Tests.Annotate.Entities;

/// <summary>Guards the shipped model's recorded score (docs/ner.md) on CoNLL-2003 eng.testb.</summary>
public sealed class NerRegressionTests
{
    /// <summary>F1 recorded in docs/ner.md for the shipped model on eng.testb.</summary>
    private const double RecordedTestF1 = 88.63;

    /// <summary>How far the score may drift before the test fails.</summary>
    private const double Tolerance = 0.5;

    [SharedDataFact]
    public void Shipped_model_does_not_regress_on_conll2003_test()
    {
        var docs = ConllReader.ReadFile(SharedData.Path("data", "ner", "conll2003", "eng.testb"));
        var result = NerEvaluation.Run(EntityTagger.Default, docs);
        Assert.True(result.Score.Overall.F1 >= RecordedTestF1 - Tolerance,
            $"eng.testb F1 {result.Score.Overall.F1:F2} fell below the recorded {RecordedTestF1:F2} − {Tolerance}.");
    }
}
