using Storyline.Compare.Dates;
using Storyline.Stories;
using Storyline.Tests.Support;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Summarize;
using Storyline.Text;
using Storyline.Language.English;

namespace Storyline.Tests.Summarize;

public sealed class SummaryStageTests
{
    // Three invented reports of one invented event, written for this test.
    private const string First =
        "PORTVILLE, Aldoria (AP) — A bridge over the Maren River collapsed on Tuesday morning during rush hour, killing at least twelve people.\n" +
        "Rescue teams pulled nine survivors from the water after the bridge collapsed, the regional fire service said.\n" +
        "He added that divers would keep searching through the night.\n" +
        "\"We heard a sound like thunder and then everything fell,\" said one driver who escaped.\n" +
        "The steel bridge was built in 1961 and had been scheduled for repairs next spring, according to city records.";
    private const string Second =
        "At least twelve people were killed when a bridge over the Maren River collapsed on Tuesday during the morning rush hour.\n" +
        "The transport minister ordered inspections of every bridge of the same design across the country.\n" +
        "Engineers had warned last year that the steel bridge, built in 1961, needed urgent repairs.\n" +
        "But officials said money for the work was delayed.";
    private const string Third =
        "Divers searched the Maren River on Wednesday for people still missing after Tuesday's bridge collapse, which killed twelve people.\n" +
        "The transport minister ordered inspections of all bridges of that design nationwide and promised a full inquiry.\n" +
        "Nine survivors were pulled from the water by rescue teams, the fire service said.\n" +
        "They said the search would continue.";

    private static StoryDocument Run(SummarizerSettings? settings = null) =>
        RunArticles(settings, ("a1", First), ("a2", Second), ("a3", Third));

    internal static StoryDocument RunArticles(SummarizerSettings? settings, params (string Id, string Text)[] texts)
    {
        var sentences = new SentenceStage();
        var articles = texts
            .Select((x, i) => sentences.Process(new Article(x.Id, x.Id + ".txt", x.Text,
                new ArticleMetadata { Published = new DateTimeOffset(2026, 3, 3, i + 1, 0, 0, TimeSpan.Zero) })))
            .ToImmutableArray();
        var story = new Story("s1", articles);
        return new SummaryStage(TestModels.Store.Summarizer, settings).Process(new StoryDocument(story).With(StoryDates.Section, StoryDates.Empty));
    }

    // content words of 4+ letters, Porter-stemmed, so "collapsed" supports "collapse"
    private static HashSet<string> ContentWords(string s) =>
        s.ToLowerInvariant().Split([' ', ',', '.', '"', '\'', '(', ')', '—', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w is not ("that" or "with" or "from" or "were" or "said" or "after" or "which" or "least" or "during"))
            .Select(RougePorterStemmer.Instance.Stem).ToHashSet();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_citation_points_at_text_that_supports_the_sentence(bool compress)
    {
        var analysis = Run(SummarizerSettings.Default with { Compress = compress });
        Assert.NotEmpty(analysis.Summary);
        foreach (var sentence in analysis.Summary.Append(analysis.Headline!))
        {
            Assert.NotEmpty(sentence.Citations);
            var claimed = ContentWords(sentence.Text);
            // the kept parts of the source sentence hold every word shown, together
            var parts = sentence.SourceParts();
            var source = string.Join(" ", parts.Select(p => analysis.Story[p.ArticleId].SliceString(p.Span)));
            Assert.Subset(ContentWords(source), claimed);
            // every other article cited restates most of it
            foreach (var citation in sentence.Citations.Skip(parts.Length))
            {
                var cited = analysis.Story[citation.ArticleId].SliceString(citation.Span);
                var shared = claimed.Intersect(ContentWords(cited)).Count();
                Assert.True(shared >= claimed.Count / 2, $"'{cited}' does not support '{sentence.Text}' ({shared}/{claimed.Count} words)");
            }
        }
    }

    [Fact]
    public void The_source_parts_are_cited_first_and_hold_the_shown_text()
    {
        foreach (var compress in new[] { false, true })
        {
            var analysis = Run(SummarizerSettings.Default with { Compress = compress, Words = 400 });
            foreach (var sentence in analysis.Summary)
            {
                var parts = sentence.SourceParts();
                var article = analysis.Story[parts[0].ArticleId];
                Assert.Equal(sentence.Text, SentenceCompressor.Show(article.Text, parts.Select(p => p.Span).ToList()));
                Assert.All(sentence.Citations.Skip(parts.Length), c => Assert.NotEqual(parts[0].ArticleId, c.ArticleId));
            }
        }
    }

    [Fact]
    public void A_sentence_too_long_for_the_budget_is_shown_without_its_parenthetical_and_cites_each_part()
    {
        // whole, the collapse sentence of a1 does not fit 18 words; without "(the regional fire authority)" it does
        var analysis = RunArticles(SummarizerSettings.Default with { Words = 18 },
            ("a1", "At least twelve people were killed when a bridge over the Maren River collapsed on Tuesday (the regional fire authority).\nThe bridge was old."),
            ("a2", "A bridge over the Maren River collapsed on Tuesday and at least twelve people were killed in the disaster."));
        var compressed = Assert.Single(analysis.Summary, s => s.SourceParts().Length > 1);
        Assert.Equal("At least twelve people were killed when a bridge over the Maren River collapsed on Tuesday.", compressed.Text);
        var parts = compressed.SourceParts();
        Assert.Equal(2, parts.Length);
        var a1 = analysis.Story["a1"];
        Assert.Equal("At least twelve people were killed when a bridge over the Maren River collapsed on Tuesday", a1.SliceString(parts[0].Span));
        Assert.Equal(".", a1.SliceString(parts[1].Span)); // the sentence's own final period, cited where it stands
        Assert.Contains(compressed.Citations, c => c.ArticleId == "a2");
    }

    [Fact]
    public void Without_compression_every_sentence_is_one_span()
    {
        var analysis = Run(SummarizerSettings.Default with { Compress = false, Words = 400 });
        Assert.All(analysis.Summary, s => Assert.Single(s.SourceParts()));
    }

    [Fact]
    public void A_fact_reported_by_several_outlets_cites_each_of_them()
    {
        var analysis = Run();
        var collapse = analysis.Summary.Append(analysis.Headline!).First(s => s.Text.Contains("collapsed", StringComparison.Ordinal));
        Assert.True(collapse.Citations.Select(c => c.ArticleId).Distinct().Count() >= 2,
            "the collapse is in all three articles, so more than one should be cited");
    }

    [Fact]
    public void Summary_strips_datelines_skips_quotes_and_dangling_openers()
    {
        var analysis = Run(SummarizerSettings.Default with { Words = 400 });
        foreach (var s in analysis.Summary)
        {
            Assert.DoesNotContain("(AP)", s.Text);
            Assert.False(s.Text.StartsWith('"'), s.Text);
            Assert.False(s.Text.StartsWith("He ", StringComparison.Ordinal) || s.Text.StartsWith("But ", StringComparison.Ordinal)
                || s.Text.StartsWith("They ", StringComparison.Ordinal), s.Text);
        }
        Assert.Contains(analysis.Summary, s => s.Text.StartsWith("A bridge over the Maren River collapsed", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_stays_within_the_word_budget_and_is_not_redundant()
    {
        var analysis = Run(SummarizerSettings.Default with { Words = 60 });
        Assert.True(analysis.Summary.Sum(s => s.Text.Split(' ').Length) <= 60);
        // the two near-identical "transport minister ordered inspections" sentences never both appear
        Assert.True(analysis.Summary.Count(s => s.Text.Contains("inspections", StringComparison.Ordinal)) <= 1);
    }

    [Fact]
    public void Summary_follows_publication_order()
    {
        var analysis = Run(SummarizerSettings.Default with { Words = 400 });
        var order = analysis.Summary.Select(s => s.Citations[0].ArticleId).ToList();
        Assert.Equal(order.OrderBy(id => id, StringComparer.Ordinal), order);
    }

    [Fact]
    public void Default_pipeline_provides_summary_and_headline()
    {
        var pipeline = TestModels.Pipeline();
        Assert.Contains(pipeline.StoryStages, s => s is SummaryStage);
    }
}
