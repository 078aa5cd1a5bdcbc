using Storyline.Lab.Training.Ner;
using Storyline.Lab.Training.Summarizer;
using Storyline.Summarize;
using Storyline.Tests.Support;

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

    /// <summary>The shipped concept model with <paramref name="table"/> as the function-word table.</summary>
    private static SummarizerModels With(FunctionWordTable? table) => TestModels.Summarizer with { FunctionWords = table };

    private static IEnumerable<string> Texts(SummarizerSettings settings, SummarizerModels models, int words) =>
        new ExtractiveSummarizer(models, settings).Summarize(Docs, words, fillBudget: true).Select(s => s.Text);

    [Fact]
    public void Weight_zero_turns_the_term_off()
    {
        var settings = SummarizerSettings.Default with { FunctionWordWeight = 0 };
        Assert.Null(FunctionWordGain.For(settings, TestModels.Summarizer.FunctionWords, 100));
        Assert.Null(FunctionWordGain.For(SummarizerSettings.Default, table: null, 100));
    }

    [Fact]
    public void A_table_without_words_leaves_the_summaries_as_they_are_without_the_term()
    {
        var empty = With(new FunctionWordTable([100], []));
        var off = SummarizerSettings.Default with { FunctionWordWeight = 0 };
        var on = SummarizerSettings.Default with { FunctionWordWeight = 0.5 };
        foreach (var words in new[] { 25, 40, 60 })
            Assert.Equal(Texts(off, TestModels.Summarizer, words), Texts(on, empty, words));
    }

    [Fact]
    public void A_list_of_names_and_numbers_earns_nothing_and_prose_earns_its_expected_matches()
    {
        // one function word that a reference uses many times: the list line has none of it
        var table = FunctionWordTableBuilder.Build(["the the the the the the the the the the the the the the the the the the the the"], s => s, [100]);
        var settings = SummarizerSettings.Default with { FunctionWordWeight = 0.5, MinSentenceWords = 5 };
        var model = ClusterModel.Build(Docs, settings, With(table));
        var list = model.Candidates.Single(c => c.Text.StartsWith("Brisk, Alden", StringComparison.Ordinal));
        var prose = model.Candidates.Single(c => c.Text.StartsWith("Water reached", StringComparison.Ordinal));
        var none = new Coverage();
        var absolute = FunctionWordGain.For(settings, table, 100)!;
        Assert.Equal(0, absolute.Expected(list, list.Words, none));
        Assert.Equal(2, absolute.Expected(prose, prose.Words, none), 9);
        Assert.Equal(1.0 + 0.5 * 2, absolute.Combine(1.0, prose, prose.Words, none), 9);
        Assert.Equal(1.0, absolute.Combine(1.0, list, list.Words, none), 9);
    }

    [Fact]
    public void What_the_summary_already_says_lowers_the_expected_gain()
    {
        var settings = SummarizerSettings.Default;
        var model = ClusterModel.Build(Docs, settings, TestModels.Summarizer);
        var gain = FunctionWordGain.For(settings, TestModels.Summarizer.FunctionWords, 100)!;
        var c = model.Candidates.First(x => x.Eligible);
        var covered = new Coverage();
        double before = gain.Expected(c, c.Words, covered);
        covered.AddFunctionWords(gain.Counts(c, c.Words), gain.Words);
        Assert.True(before > 0);
        Assert.True(gain.Expected(c, c.Words, covered) < before);
        Assert.True(gain.Expected(c, 5, new Coverage()) <= before);
    }
}
