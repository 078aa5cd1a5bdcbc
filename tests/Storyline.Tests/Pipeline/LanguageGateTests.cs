using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Compare.Entities;
using Storyline.Compare.Facts;
using Storyline.Compare.Figures;
using Storyline.Compare.Quotes;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Problems;
using Storyline.Report;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Summarize;
using Storyline.Tests.Language;
using Storyline.Tests.Support;
using Storyline.Text;

namespace Storyline.Tests.Pipeline;

/// <summary>
/// A Spanish or German article in a digest gets no English entities, quotes, time expressions or figures, and no
/// English story analysis: the stages that read English skip it, and the digest says so in a notice.
/// </summary>
public sealed class LanguageGateTests
{
    private static ArticleDraft Draft(string source, string text, string? language = null) =>
        new(source, text, new ArticleMetadata { Outlet = source, Published = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero), Language = language });

    private static readonly LayerKey[] EnglishLayers = [EntityMention.Layer, Quote.Layer, TimeExpression.Layer, Figure.Layer];

    private static int Items(Article a, LayerKey key) => key switch
    {
        LayerKey<EntityMention> k => a.Get(k).Length,
        LayerKey<Quote> k => a.Get(k).Length,
        LayerKey<TimeExpression> k => a.Get(k).Length,
        LayerKey<Figure> k => a.Get(k).Length,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void English_stages_would_read_garbage_into_the_article(string language)
    {
        // what the gate prevents: run ungated, the English rules do find "entities", "quotes", times or figures here
        var text = language == "es" ? OwnTexts.Spanish : OwnTexts.German;
        var article = new Article("a1", "t", text, new ArticleMetadata { Published = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero) });
        foreach (var stage in TestModels.Pipeline().ArticleStages) article = stage.Process(article);
        Assert.True(EnglishLayers.Sum(k => Items(article, k)) > 0);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void A_foreign_article_gets_its_layers_empty_and_a_notice(string language)
    {
        var text = language == "es" ? OwnTexts.Spanish : OwnTexts.German;
        var result = new Digester(TestModels.Options()).RunDrafts([Draft("english.txt", OwnTexts.English), Draft("foreign.txt", text)]);

        var foreign = result.Articles.Single(a => a.Source == "foreign.txt");
        Assert.Equal(language, foreign.Metadata.Language);
        Assert.True(foreign.Has(Sentence.Layer) && foreign.Get(Sentence.Layer).Length > 1); // sentences are any language's
        foreach (var key in EnglishLayers) Assert.Equal(0, Items(foreign, key));

        var english = result.Articles.Single(a => a.Source == "english.txt");
        Assert.True(english.Get(EntityMention.Layer).Length > 0 && english.Get(Quote.Layer).Length > 0 && english.Get(Figure.Layer).Length > 0);

        var notice = Assert.Single(result.Problems);
        Assert.Equal("foreign.txt", notice.Source);
        Assert.Equal(ProblemCodes.LanguageUnsupported, notice.Code);
        Assert.Equal(ProblemSeverity.Notice, notice.Severity);
        Assert.Contains("entities", notice.Reason);
        Assert.Contains("summary", notice.Reason);
        Assert.DoesNotContain("sentences", notice.Reason);
    }

    [Fact]
    public void A_story_stage_sees_only_the_articles_it_reads()
    {
        var pipeline = TestModels.Builder().UseGrouper(new SingleStoryGrouper()).Build();
        var cleaner = Storyline.Clean.Cleaner.Default;
        var articles = new[] { Draft("en.txt", OwnTexts.English), Draft("es.txt", OwnTexts.Spanish), Draft("de.txt", OwnTexts.German) }
            .Select((d, i) => pipeline.Annotate(cleaner.Clean(d, $"a{i + 1}"))).ToImmutableArray();
        var story = pipeline.Analyze(new Story("s1", articles));

        string[] cited =
        [
            .. story.Get(FactLedger.Section).Facts.SelectMany(f => f.Citations).Select(c => c.ArticleId),
            .. story.Get(StoryQuote.Section).SelectMany(q => q.Citations).Select(c => c.ArticleId),
            .. story.Get(StoryFigure.Section).SelectMany(f => f.Citations).Select(c => c.ArticleId),
            .. story.Get(StorySummary.Section).Sentences.SelectMany(s => s.Citations).Select(c => c.ArticleId),
        ];
        Assert.NotEmpty(cited);
        Assert.All(cited, id => Assert.Equal("a1", id));
        // the story itself keeps every article
        Assert.Equal(3, story.Story.Articles.Length);
    }

    [Fact]
    public void A_story_of_foreign_articles_only_has_empty_sections()
    {
        var pipeline = TestModels.Builder().UseGrouper(new SingleStoryGrouper()).Build();
        var articles = new[] { Draft("es.txt", OwnTexts.Spanish), Draft("de.txt", OwnTexts.German) }
            .Select((d, i) => pipeline.Annotate(Storyline.Clean.Cleaner.Default.Clean(d, $"a{i + 1}"))).ToImmutableArray();
        var story = pipeline.Analyze(new Story("s1", articles));
        Assert.Empty(story.Get(StoryEntity.Section));
        Assert.Empty(story.Get(FactLedger.Section).Facts);
        Assert.Empty(story.Get(StoryQuote.Section));
        Assert.Empty(story.Get(StoryFigure.Section));
        Assert.Empty(story.Get(StorySummary.Section).Sentences);
    }

    [Fact]
    public void Metadata_language_decides_over_the_text()
    {
        // a JSON "lang" or <html lang> says Spanish: English stages keep out even of an English-looking text
        var result = new Digester(TestModels.Options()).RunDrafts([Draft("tagged.txt", OwnTexts.English, "es-MX")]);
        var article = Assert.Single(result.Articles);
        Assert.Empty(article.Get(EntityMention.Layer));
        Assert.Equal(ProblemCodes.LanguageUnsupported, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Notices_are_reported_apart_from_inputs_not_used()
    {
        var result = new Digester(TestModels.Options()).RunDrafts([Draft("english.txt", OwnTexts.English), Draft("spanish.txt", OwnTexts.Spanish)]);
        var report = ReportBuilder.Build(result);
        var notice = Assert.Single(report.Problems);
        Assert.Equal("notice", notice.Severity);
        Assert.Equal("language-unsupported", notice.Code);

        var json = JsonReportWriter.Write(report);
        Assert.Contains("\"severity\": \"notice\"", json);
        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("## Warnings and notes", markdown);
        Assert.DoesNotContain("## Inputs not used", markdown);
        var html = HtmlReportWriter.Write(report);
        Assert.Contains("<h2>Warnings and notes</h2>", html);
        Assert.DoesNotContain("Inputs not used", html);
    }

    [Fact]
    public void Every_stage_of_the_default_pipeline_declares_its_languages()
    {
        var pipeline = TestModels.Pipeline();
        IStage[] stages = [.. pipeline.ArticleStages, .. pipeline.StoryStages];
        Assert.All(stages, s => Assert.True(s.Languages.IsAny || s.Languages.Codes.Length > 0, s.Name));
        // splitting reads every language; everything after it is written for English
        Assert.True(stages[0].Languages.IsAny);
        Assert.All(stages.Skip(1), s => Assert.Equal<string>(["en"], s.Languages.Codes));
    }
}
