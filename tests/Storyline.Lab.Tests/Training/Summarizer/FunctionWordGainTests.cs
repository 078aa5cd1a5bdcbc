using Storyline.Lab.Training.Ner;
using Storyline.Lab.Training.Summarizer;
using Storyline.Summarize;

namespace Storyline.Tests.Summarize;

public sealed class FunctionWordGainTests
{
    // Invented reports, written for this test.
    private static readonly SummaryDocument[] Docs = new[]
    {
        "The river Alden flooded the lower town of Brisk on Sunday after three days of heavy rain. Water reached the first floors of houses near the old mill. Rescue teams moved two hundred residents to the sports hall. Brisk, Alden, mill, hall: Sunday 14 cm, Monday 9 cm, Tuesday 3 cm.",
        "Flooding from the Alden river forced two hundred people in Brisk from their homes on Sunday. The town's sports hall became a shelter for the night. Officials said the water was falling by Monday evening but warned that the mill bridge stayed closed.",
        "Three days of rain sent the Alden over its banks in Brisk, flooding streets around the old mill. Residents were taken to the sports hall, and the mill bridge was closed while engineers checked it for damage.",
    }.Select((t, i) => SummaryDocument.FromText(t, i)).ToArray();

    private static string TablePath(FunctionWordTable table)
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-fw-{Guid.NewGuid():N}.txt.gz");
        using var stream = File.Create(path);
        table.Save(stream);
        return path;
    }

    private static IEnumerable<string> Texts(SummarizerSettings settings, int words) =>
        new ExtractiveSummarizer(settings).Summarize(Docs, words, fillBudget: true).Select(s => s.Text);

    [Fact]
    public void Weight_zero_turns_the_term_off()
    {
        var settings = SummarizerSettings.Default with { FunctionWordWeight = 0 };
        Assert.Null(FunctionWordGain.For(ClusterModel.Build(Docs, settings), settings, 100));
    }

    [Fact]
    public void A_table_without_words_leaves_the_summaries_as_they_are_without_the_term()
    {
        var path = TablePath(new FunctionWordTable([100], []));
        try
        {
            var off = SummarizerSettings.Default with { FunctionWordWeight = 0 };
            foreach (var scaling in Enum.GetValues<FunctionWordScaling>())
            {
                var empty = SummarizerSettings.Default with { FunctionWordWeight = 0.5, FunctionWordScaling = scaling, FunctionWordTablePath = path };
                foreach (var words in new[] { 25, 40, 60 })
                    Assert.Equal(Texts(off, words), Texts(empty, words));
            }
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_list_of_names_and_numbers_earns_nothing_and_prose_earns_its_expected_matches()
    {
        // one function word that a reference uses many times: the list line has none of it
        var table = FunctionWordTableBuilder.Build(["the the the the the the the the the the the the the the the the the the the the"], s => s, [100]);
        var path = TablePath(table);
        try
        {
            var settings = SummarizerSettings.Default with { FunctionWordWeight = 0.5, FunctionWordTablePath = path, MinSentenceWords = 5 };
            var model = ClusterModel.Build(Docs, settings);
            var list = model.Candidates.Single(c => c.Text.StartsWith("Brisk, Alden", StringComparison.Ordinal));
            var prose = model.Candidates.Single(c => c.Text.StartsWith("Water reached", StringComparison.Ordinal));
            var none = new Coverage();
            var absolute = FunctionWordGain.For(model, settings, 100)!;
            Assert.Equal(0, absolute.Expected(list, list.Words, none));
            Assert.Equal(2, absolute.Expected(prose, prose.Words, none), 9);
            Assert.Equal(1.0 + 0.5 * 2, absolute.Combine(1.0, prose, prose.Words, none), 9);
            Assert.Equal(1.0, absolute.Combine(1.0, list, list.Words, none), 9);
            var multiplier = FunctionWordGain.For(model, settings with { FunctionWordScaling = FunctionWordScaling.Multiplier }, 100)!;
            Assert.Equal(1.0 * (1 + 0.5 * 2 / prose.Words), multiplier.Combine(1.0, prose, prose.Words, none), 9);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Pairs_earn_their_own_weight_and_nothing_at_weight_zero()
    {
        // reference: "the" three times, "in" twice, "in the" twice (a pair of function words)
        var table = FunctionWordTableBuilder.Build(["the river rose in the night and in the morning"], s => s, [100], minPairShare: 0.5);
        var path = TablePath(table);
        try
        {
            var docs = new[] { SummaryDocument.FromText("Water rose in the night and the mill stayed closed to traffic until noon.", 0) };
            var settings = SummarizerSettings.Default with { FunctionWordWeight = 0.5, FunctionWordTablePath = path };
            var model = ClusterModel.Build(docs, settings);
            var c = model.Candidates[0];
            var none = new Coverage();
            // the, the, in, and: 1 + 1 + 1 + 1 (the reference has each at least that often); "in the" once more as a pair
            Assert.Equal(4, FunctionWordGain.For(model, settings, 100)!.Expected(c, c.Words, none), 9);
            Assert.Equal(4 + 1.0 / 0.5, FunctionWordGain.For(model, settings with { FunctionPairWeight = 1 }, 100)!.Expected(c, c.Words, none), 9);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void What_the_summary_already_says_lowers_the_expected_gain()
    {
        var settings = SummarizerSettings.Default;
        var model = ClusterModel.Build(Docs, settings);
        var gain = FunctionWordGain.For(model, settings, 100)!;
        var c = model.Candidates.First(x => x.Eligible);
        var covered = new Coverage();
        double before = gain.Expected(c, c.Words, covered);
        covered.AddFunctionWords(gain.Counts(c, c.Words), gain.Words);
        Assert.True(before > 0);
        Assert.True(gain.Expected(c, c.Words, covered) < before);
        Assert.True(gain.Expected(c, 5, new Coverage()) <= before);
    }
}
