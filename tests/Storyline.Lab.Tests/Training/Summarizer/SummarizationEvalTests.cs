using Storyline.Lab.Evaluation;
using Storyline.Summarize;
using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

public sealed class SummarizationEvalTests
{
    [SharedDataFact]
    public void Duc_eval_scores_storyline_next_to_the_13_sumrepo_systems()
    {
        var result = SummarizationEvaluation.Run(new SummarizationEvalOptions(
            SharedData.Path("data", "duc2004", "task2.jsonl"), 100, SharedData.Path("data", "rouge"), SummarizerSettings.Default, SummarizerModels.LoadShipped(), Limit: 10));

        Assert.Equal(14, result.Table.Rows.Count);
        Assert.Equal(10, result.Summaries.Count);
        var ours = result.Table.Rows.Single(r => r.System == "storyline");
        var lead = result.Table.Rows.Single(r => r.System == "Lead");
        Assert.True(ours.Values["rouge2_r"] > lead.Values["rouge2_r"], "concept coverage should beat the lead baseline on ROUGE-2");
        // every summary reaches the budget: ROUGE truncates, it never pads
        Assert.All(result.Summaries, s => Assert.True(s.Summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= 100, s.Id));
    }

    [SharedDataFact]
    public void Multi_news_summaries_fill_a_230_word_budget_with_sentences_shown_from_their_kept_parts()
    {
        var clusters = SummarizationDataset.Read(SharedData.Path("data", "multinews", "val-trunc500.jsonl"), limit: 20);
        var summarizer = new ExtractiveSummarizer(TestModels.Summarizer);
        foreach (var cluster in clusters)
        {
            var docs = cluster.Documents.Select((d, i) => SummaryDocument.FromText(SummaryDocument.Unwrap(d), i)).ToArray();
            var picked = summarizer.Summarize(docs, 230);
            Assert.True(picked.Sum(p => p.Words) <= 230);
            Assert.All(picked, p => Assert.Equal(p.Text, SentenceCompressor.Show(docs[p.Document].Text, p.Parts)));
            Assert.All(picked, p => Assert.All(p.Parts, part => Assert.True(p.Span.Contains(part), "a kept part lies inside its sentence")));
        }
    }
}
