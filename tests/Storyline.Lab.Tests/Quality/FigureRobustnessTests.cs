using Storyline.Annotate.Figures;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Lab.Evaluation.Time;
using Storyline.Tests.Support;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Figures;

public sealed class FigureRobustnessTests
{
    [SharedDataFact]
    public void RealNewswireNeverThrowsAndEverySpanLiesInTheText()
    {
        var (docs, problem) = TimexDatasetReader.Read(SharedData.Path("data", "time", "tempeval3", "timex3-train.jsonl"));
        Assert.Null(problem);
        foreach (var doc in docs.Take(40))
        {
            var article = new Article(doc.Doc, doc.Doc, doc.Text, new ArticleMetadata { Published = doc.Dct?.ToDateTime(TimeOnly.MinValue) });
            article = new FigureStage().Process(new TimexStage().Process(new SentenceStage().Process(article)));
            foreach (var f in article.Get(Figure.Layer))
            {
                Assert.InRange(f.Span.End, f.Span.Start + 1, doc.Text.Length);
                if (f.AboutSpan is { } a) Assert.InRange(a.End, a.Start, doc.Text.Length);
            }
            foreach (var t in article.Get(TimeExpression.Layer))
                Assert.InRange(t.Span.End, t.Span.Start + 1, doc.Text.Length);
        }
    }
}
