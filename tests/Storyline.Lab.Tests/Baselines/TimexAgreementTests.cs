using Storyline.Annotate.Time;
using Storyline.Lab.Baselines.Recognizers;
using Storyline.Lab.Evaluation.Time;
using Storyline.Tests.Support;
using Storyline.Text;
using Xunit.Abstractions;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Time;

/// <summary>
/// The own engine keeps what the Microsoft.Recognizers tagger got right: on the TempEval-3 training file, of the gold
/// expressions whose value the old tagger matched, the engine matches nearly all (docs/time-and-figures.md).
/// </summary>
public sealed class TimexAgreementTests(ITestOutputHelper output)
{
    // Measured 1,499 of 1,520 (98.6 %) on the whole file; the floor leaves a small margin.
    private const double MinShare = 0.97;

    [SharedDataFact]
    public void Engine_keeps_the_values_the_recognizers_tagger_got_right()
    {
        var (docs, problem) = TimexDatasetReader.Read(SharedData.Path("data", "time", "tempeval3", "timex3-train.jsonl"));
        Assert.Null(problem);
        Assert.True(RecognizerModels.TryLoad(out var error), error);
        int oldRight = 0, bothRight = 0;
        foreach (var doc in docs)
        {
            var sentences = SentenceSplitter.Split(doc.Text, LanguagePacks.English.Sentences).Select(s => s.Span).ToArray();
            var byOld = Matched(doc, RecognizersTimexTagger.Tag(doc.Text, sentences, doc.Dct));
            var byNew = Matched(doc, TimexTagger.Tag(doc.Text, sentences, doc.Dct));
            oldRight += byOld.Count;
            bothRight += byOld.Count(byNew.Contains);
        }
        double share = (double)bothRight / oldRight;
        output.WriteLine($"gold values matched by the Recognizers tagger: {oldRight}; also by the engine: {bothRight} ({share:P1})");
        Assert.True(share >= MinShare, $"the engine keeps {share:P1} of the Recognizers tagger's right values (< {MinShare:P0})");
    }

    /// <summary>The gold expressions a system matched with the right value (TempEval-3 relaxed pairing).</summary>
    private static HashSet<GoldTimex> Matched(TimexDocument doc, IReadOnlyList<TimeExpression> system) =>
        TimexScorer.Score(doc.Gold, system).Pairs
            .Where(p => p.Gold is not null && p.System is { } s && s.Value == p.Gold.Value)
            .Select(p => p.Gold!)
            .ToHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<GoldTimex>);
}
