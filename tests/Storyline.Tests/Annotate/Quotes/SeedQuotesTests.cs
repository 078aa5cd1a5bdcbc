using Storyline.Compare.Quotes;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Tests.Support;
using Xunit.Abstractions;

namespace Storyline.Tests.Annotate.Quotes;

/// <summary>The quote ledger on the five seed articles (read from ../shared, never copied).</summary>
public class SeedQuotesTests(ITestOutputHelper output)
{
    private static StoryDocument Analyze()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Storyline.Text.SentenceStage())
            .Add(new Storyline.Annotate.Entities.EntityStage(TestModels.Store.Entities))
            .Add(new QuoteStage())
            .Add(new Storyline.Compare.Entities.EntityMergeStage())
            .Add(new QuoteLedgerStage())
            .Build();
        var articles = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select((path, i) => pipeline.Annotate(new Article($"a{i}", path, File.ReadAllText(path))))
            .ToImmutableArray();
        return pipeline.Analyze(new Story("s1", articles));
    }

    [SharedDataFact]
    public void Ledger_lists_direct_quotes_of_Maduro_and_Pompeo_with_their_speakers()
    {
        var analysis = Analyze();
        foreach (var q in analysis.Quotes)
            output.WriteLine($"{(q.Direct ? "D" : "R")}{(q.ParaphraseInQuoteMarks ? " P" : "")} [{q.SpeakerName}] x{q.Citations.Select(c => c.ArticleId).Distinct().Count()} {q.Text[..Math.Min(90, q.Text.Length)]}");

        Assert.True(analysis.Quotes.Count(q => q.Direct && q.SpeakerName is { } s && s.Contains("Maduro")) >= 3);
        Assert.Contains(analysis.Quotes, q => q.Direct && q.SpeakerName is { } s && s.Contains("Pompeo"));
        Assert.Contains(analysis.Quotes, q => q.Direct && q.SpeakerName is { } s && s.Contains("Guaid"));
    }

    [SharedDataFact]
    public void Ledger_merges_one_utterance_reported_by_several_outlets()
    {
        var analysis = Analyze();
        Assert.Contains(analysis.Quotes, q => q.Citations.Select(c => c.ArticleId).Distinct().Count() >= 2
                                               && q.SpeakerName is { } s && s.Contains("Maduro"));
    }
}
