using BenchmarkDotNet.Attributes;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Benchmarks;

/// <summary>Time and figure stages on a short news text of our own (≈1,000 characters).</summary>
[MemoryDiagnoser]
public class TimeAndFiguresBenchmarks
{
    private const string Text =
        "The government gave foreign diplomats 72 hours to leave the country on Wednesday, officials said.\n" +
        "At least 9 ferries have been cancelled since the storms began last week, according to the harbour office.\n" +
        "The minister will travel to Geneva on Saturday for talks that could last a month.\n" +
        "Around 400 private guards deployed in the capital were withdrawn in 2015, two years after they arrived.\n" +
        "The fund pledged $4 billion in loans, and prices rose 12% in the third quarter.\n" +
        "Tens of thousands of marchers filled the avenue on Jan. 25, and the council will vote within 30 days.\n" +
        "Now the streets are quiet again, and a regional alliance of 12 states meets next month.\n";

    private Article _annotated = null!;
    private Article _withTime = null!;

    [GlobalSetup]
    public void Setup()
    {
        _annotated = new SentenceStage().Process(new Article("b1", "bench", Text,
            new ArticleMetadata { Published = new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero) }));
        _withTime = new TimexStage().Process(_annotated);
    }

    [Benchmark]
    public Article TimexStage() => new TimexStage().Process(_annotated);

    [Benchmark]
    public Article FigureStage() => new FigureStage().Process(_withTime);
}
