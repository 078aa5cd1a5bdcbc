using Storyline.Annotate.Time;
using Storyline.Lab.Evaluation.Time;
using Storyline.Text;

namespace Storyline.Tests.Evaluation.Time;

public sealed class TimexScorerTests
{
    [Fact]
    public void StrictRelaxedAndValueMatchesFollowTempEval3()
    {
        var gold = new List<GoldTimex>
        {
            new(new TextSpan(0, 8), "DATE", "2019-W04", "last week"),
            new(new TextSpan(20, 8), "DURATION", "PT72H", "72 hours"),
            new(new TextSpan(40, 6), "DATE", "2015", "2015"),
        };
        var system = new List<TimeExpression>
        {
            new(new TextSpan(0, 8), TimexType.Date, "2019-W04", null),       // strict, value right
            new(new TextSpan(13, 15), TimexType.Duration, "P3D", null),      // relaxed only, value wrong
            new(new TextSpan(60, 3), TimexType.Date, "PRESENT_REF", null),   // spurious
        };
        var (c, _) = TimexScorer.Score(gold, system);
        Assert.Equal(1, c.Strict);
        Assert.Equal(2, c.Relaxed);
        Assert.Equal(1, c.ValueMatch);
        Assert.Equal(1.0 / 3, c.StrictF1, 6);
        Assert.Equal(2.0 / 3, c.RelaxedF1, 6);
        Assert.Equal(1.0 / 3, c.ValueF1, 6);
    }

    [Fact]
    public void ReaderDropsTheCreationTimeAndRejectsBadSpans()
    {
        var doc = TimexDatasetReader.ParseLine("""{"split":"train-TimeBank","doc":"d1","dct":"1998-01-08","text":"It fell today.","timexes":[{"type":"DATE","value":"1998-01-08","start":8,"end":13,"functionInDocument":"NONE"},{"type":"DATE","value":"1998-01-08","start":0,"end":2,"functionInDocument":"CREATION_TIME"}]}""");
        Assert.Equal(new DateOnly(1998, 1, 8), doc.Dct);
        Assert.Single(doc.Gold);
        Assert.Throws<FormatException>(() => TimexDatasetReader.ParseLine("""{"text":"abc","timexes":[{"type":"DATE","value":"x","start":2,"end":9}]}"""));
    }

    [Fact]
    public void EveryOtherAquaintDocumentByNameIsReadTheRestHeldOut()
    {
        static TimexDocument Doc(string split, string name) => new(split, name, null, "", []);
        var docs = new[]
        {
            Doc("train-AQUAINT", "NYT2"), Doc("train-TimeBank", "wsj1"), Doc("train-AQUAINT", "APW1"),
            Doc("train-AQUAINT", "XIE3"), Doc("train-AQUAINT", "APW2"),
        };
        var read = TimexEvaluation.ReadHalf(docs);
        // AQUAINT in name order: APW1, APW2, NYT2, XIE3 -> the first and third are read
        Assert.Equal(new[] { "APW1", "NYT2" }, read.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "held-out", "dev", "aquaint-read", "held-out", "held-out" },
            new[] { docs[3], docs[1], docs[0], docs[4], Doc("other", "ZZZ") }.Select(d => TimexEvaluation.PartOf(d, read)));
    }
}
