using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Compare.Facts;
using Storyline.Compare.Opinion;
using Storyline.Summarize;
using Storyline.Tests.Compare;
using Storyline.Tests.Support;
using Storyline.Text;

namespace Storyline.Tests.Summarize;

/// <summary>The neutral summary's rules, on short articles written for these tests.</summary>
public class NeutralSummaryTests
{
    private const string First =
        "A passenger ferry caught fire off Kessel Harbour on Sunday evening, and all 212 people on board were brought ashore, the coast guard said.\n\n" +
        "Nine people were treated in hospital for smoke inhalation, according to the regional health authority.\n\n" +
        "The ferry operator, Greyline Shipping, said the fire started in the engine room and that it had suspended sailings on the route.\n\n" +
        "Port director Ana Brel said investigators would inspect the vessel on Monday.";
    private const string Second =
        "All 212 passengers and crew were brought ashore after a ferry caught fire off Kessel Harbour on Sunday evening, the coast guard said.\n\n" +
        "Greyline Shipping said the fire started in the engine room and that sailings on the route were suspended.\n\n" +
        "Investigators will inspect the ferry on Monday, port director Ana Brel said.";
    // restates the story's shared facts in the writer's words: what a coverage-based selection would pick first
    private const string Column =
        "The ferry that caught fire off Kessel Harbour on Sunday evening, with 212 people on board, should never have sailed.\n\n" +
        "Greyline Shipping says the fire started in the engine room, and I think the port authority must suspend sailings on the route for good.\n\n" +
        "We must not wait for investigators to inspect the next ferry after the next fire.";

    [Fact]
    public void An_opinion_piece_never_supplies_a_narrated_sentence_or_the_headline()
    {
        var story = OpinionTests.StoryOf(
            ("Harbour Post", First, new ArticleMetadata()),
            ("Coast Daily", Second, new ArticleMetadata()),
            ("Tide Review", Column, new ArticleMetadata { Title = "Greyline must never sail again", Section = "Opinion" }));
        var opinion = story.Story.Articles[2].Id;
        Assert.Equal(ArticleKind.Opinion, story.Get(ArticleVoice.Section).Single(v => v.ArticleId == opinion).Kind);
        var summary = story.Get(StorySummary.Section);
        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.NotEqual(opinion, s.SourceParts()[0].ArticleId));
        Assert.NotEqual(opinion, summary.Headline!.SourceParts()[0].ArticleId);
    }

    [Fact]
    public void Sentences_that_may_not_be_narrated_are_never_chosen()
    {
        var docs = new[] { SummaryDocument.FromText(First.Replace("\n\n", " "), 0), SummaryDocument.FromText(Second.Replace("\n\n", " "), 1) };
        var summarizer = new ExtractiveSummarizer(TestModels.Summarizer);
        var chosen = summarizer.Summarize(docs, 60);
        Assert.NotEmpty(chosen);
        // the same documents with every chosen sentence kept out of the narration: none of them may come back
        var barred = docs.Select((d, i) => d with { NotNarration = [.. chosen.Where(c => c.Document == i).Select(c => c.Index)] }).ToArray();
        var again = summarizer.Summarize(barred, 60);
        Assert.DoesNotContain(again, s => chosen.Any(c => c.Document == s.Document && c.Index == s.Index));
    }

    [Fact]
    public void A_loaded_sentence_in_the_outlets_voice_is_not_narration_and_an_attributed_accusation_is()
    {
        const string text =
            "The self-proclaimed mayor Ivo Dalen said the ferry had passed every inspection.\n\n" +
            "Port director Ana Brel accused Greyline Shipping of running a criminal operation on the route.\n\n" +
            "Nine people were treated in hospital for smoke inhalation, according to the regional health authority.";
        var story = OpinionTests.StoryOf(("Harbour Post", text, new ArticleMetadata()));
        var article = story.Story.Articles[0];
        var sentences = article.Get(Sentence.Layer);
        var barred = NeutralSummary.NotNarration(article, sentences, story.Get(ArticleVoice.Section).Single());
        Assert.Contains(0, barred);
        Assert.DoesNotContain(1, barred);
        Assert.DoesNotContain(2, barred);
        // an opinion piece: every sentence
        var opinion = new ArticleVoice(article.Id, ArticleKind.Opinion, [], []);
        Assert.Equal(sentences.Length, NeutralSummary.NotNarration(article, sentences, opinion).Count);
    }

    [Fact]
    public void A_disputed_figure_is_given_with_the_other_sides_sentence_cited_exactly()
    {
        var a1 = Sentences("a1", First);
        var a2 = Sentences("a2", "At least 30 people were hurt in the fire, according to passenger groups. Sailings resumed on Tuesday.");
        var fourteen = Span(a1, "Nine people were treated");
        var thirty = Span(a2, "At least 30 people were hurt");
        var ledger = new FactLedger(
            [
                new Fact("Nine people were treated", FactStatus.Contested, ["a1"], 1, [new Citation("a1", fourteen)], ["f2"]) { Id = "f1" },
                new Fact("At least 30 people were hurt", FactStatus.Contested, ["a2"], 1, [new Citation("a2", thirty)], ["f1"]) { Id = "f2" },
            ],
            [new Conflict("figure", "9 people vs 30 people", "f1", "f2")]);
        var nine = SentenceAt(a1, fourteen);
        var other = SentenceAt(a1, Span(a1, "Port director"));
        ImmutableArray<CitedSentence> summary = [Cited(a1, nine), Cited(a1, other)];

        var result = NeutralSummary.WithDisputedFigures(summary, ledger, new Dictionary<string, Article> { ["a1"] = a1, ["a2"] = a2 }, new Dictionary<string, ArticleVoice>());

        Assert.Equal(3, result.Length);
        Assert.Same(summary[0], result[0]);
        var added = result[1];
        var citation = Assert.Single(added.Citations);
        Assert.Equal("a2", citation.ArticleId);
        Assert.Equal(a2.SliceString(citation.Span), added.Text);
        Assert.StartsWith("At least 30 people were hurt", added.Text);
        Assert.Same(summary[1], result[2]);
        // the other side already shown: nothing added twice
        Assert.Equal(3, NeutralSummary.WithDisputedFigures(result, ledger, new Dictionary<string, Article> { ["a1"] = a1, ["a2"] = a2 }, new Dictionary<string, ArticleVoice>()).Length);
    }

    [Fact]
    public void The_latest_news_articles_development_is_added_when_no_sentence_comes_from_it()
    {
        var a1 = Sentences("a1", First);
        var a2 = Sentences("a2", "Sailings on the Kessel Harbour route resumed on Tuesday after inspectors cleared the rest of the fleet. \"We are relieved,\" one passenger said.");
        var a3 = Sentences("a3", "The port authority should resign over the ferry fire, which was a disgrace from start to finish.");
        var resumed = Span(a2, "Sailings on the Kessel");
        var ledger = new FactLedger([new Fact("Sailings resumed", FactStatus.SingleSource, ["a2"], 1, [new Citation("a2", resumed)], []) { Id = "f1" }], []);
        ImmutableArray<CitedSentence> summary = [Cited(a1, a1.Get(Sentence.Layer)[0].Span)];
        var voices = new Dictionary<string, ArticleVoice> { ["a3"] = new("a3", ArticleKind.Opinion, [], []) };

        var result = NeutralSummary.WithLatestDevelopment(summary, ledger, [(a1, 1), (a2, 2), (a3, 3)], voices);

        Assert.Equal(2, result.Length);
        var added = Assert.Single(result[1].Citations);
        Assert.Equal("a2", added.ArticleId);
        Assert.StartsWith("Sailings on the Kessel Harbour route resumed", result[1].Text);
        // covered already: unchanged
        Assert.Equal(2, NeutralSummary.WithLatestDevelopment(result, ledger, [(a1, 1), (a2, 2), (a3, 3)], voices).Length);
    }

    private static Article Sentences(string id, string text) => new SentenceStage().Process(new Article(id, id + ".txt", text));

    private static TextSpan Span(Article a, string start) => new(a.Text.IndexOf(start, StringComparison.Ordinal), start.Length);

    private static TextSpan SentenceAt(Article a, TextSpan inside) => a.Get(Sentence.Layer).First(s => s.Span.Contains(inside)).Span;

    private static CitedSentence Cited(Article a, TextSpan span) => new(a.SliceString(span), [new Citation(a.Id, span)]);
}
