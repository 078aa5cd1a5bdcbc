using Storyline.Summarize;
using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

public sealed class BudgetFillTests
{
    // Invented reports, written for this test.
    private static readonly SummaryDocument[] Docs = new[]
    {
        "The city of Marlow opened a new tram line on Saturday after six years of construction and repeated delays. The line links the old harbour district with the university campus and the main railway station. Officials expect forty thousand passengers a day once the timetable is complete. Tickets cost the same as on the existing bus network.",
        "Marlow's long-delayed tram line opened on Saturday, linking the harbour district, the university campus and the main railway station. Construction took six years and ran over budget by a third. The mayor rode the first tram with a group of schoolchildren. Critics said the money would have been better spent on buses.",
        "Thousands of residents queued on Saturday to ride Marlow's first tram line, which connects the harbour, the university and the railway station. The city expects forty thousand passengers a day. Cyclists complained that the tracks make some streets dangerous.",
    }.Select((t, i) => SummaryDocument.FromText(t, i)).ToArray();

    [Fact]
    public void Only_the_last_sentence_may_run_past_the_budget()
    {
        foreach (var words in new[] { 20, 35, 50, 70 })
        {
            var picked = new ExtractiveSummarizer(TestModels.Summarizer).Summarize(Docs, words, fillBudget: true);
            Assert.True(picked.Sum(p => p.Words) >= words, $"{words}: the budget should be filled");
            Assert.True(picked.Take(picked.Count - 1).Sum(p => p.Words) < words, $"{words}: a sentence before the last already ran past the budget");
        }
    }

    [Fact]
    public void Without_filling_every_sentence_fits()
    {
        var picked = new ExtractiveSummarizer(TestModels.Summarizer).Summarize(Docs, 50);
        Assert.True(picked.Sum(p => p.Words) <= 50);
    }

    [Fact]
    public void A_cut_sentence_is_worth_only_the_words_that_survive_the_cut()
    {
        var cluster = ClusterModel.Build(Docs, SummarizerSettings.Default, TestModels.Summarizer);
        var covered = new Coverage();
        foreach (var c in cluster.Candidates.Where(c => c.Words > 10))
        {
            Assert.Equal(cluster.Gain(c, covered), cluster.PrefixGain(c, c.Words, covered), 9);
            Assert.True(cluster.PrefixGain(c, 4, covered) <= cluster.PrefixGain(c, 10, covered) + 1e-12);
            Assert.True(cluster.PrefixGain(c, 10, covered) <= cluster.Gain(c, covered) + 1e-12);
        }
    }
}
