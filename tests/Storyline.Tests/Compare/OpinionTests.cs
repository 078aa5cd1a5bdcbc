using System.Text;
using Storyline.Articles;
using Storyline.Compare.Opinion;
using Storyline.Ingest;
using Storyline.Ingest.Json;
using Storyline.Language;
using Storyline.Tests.Support;

namespace Storyline.Tests.Compare;

/// <summary>Opinion and analysis detection (OpinionStage), on short articles written for these tests.</summary>
public class OpinionTests
{
    private const string NewsBody =
        "A passenger ferry caught fire off Kessel Harbour on Sunday evening, and all 212 people on board were brought ashore, the coast guard said.\n\n" +
        "Nine people were treated in hospital for smoke inhalation, according to the regional health authority.\n\n" +
        "The ferry operator, Greyline Shipping, said the fire started in the engine room and that it had suspended sailings on the route.\n\n" +
        "Port director Ana Brel said investigators would inspect the vessel on Monday.";

    private static readonly Lazy<Storyline.Pipeline.StorylinePipeline> Pipeline = new(() => TestModels.Builder().Build());

    internal static Article Annotated(string text, ArticleMetadata metadata, string id = "a1") =>
        Pipeline.Value.Annotate(Storyline.Clean.Cleaner.Default.Clean(new ArticleDraft("test-" + id, text, metadata), id));

    private static ArticleVoice Read(string text, ArticleMetadata metadata) =>
        OpinionStage.Read(Annotated(text, metadata), [], LanguagePacks.English, TestModels.Store.LoadedLanguage.Value);

    [Fact]
    public void A_plain_news_report_is_news_with_no_cue()
    {
        var voice = Read(NewsBody, new ArticleMetadata { Title = "Ferry fire off Kessel Harbour: all 212 on board rescued", Outlet = "Harbour Post" });
        Assert.Equal(ArticleKind.News, voice.Kind);
        Assert.Empty(voice.Cues);
        Assert.Empty(voice.Loaded);
    }

    [Fact]
    public void A_news_report_quoting_someones_opinion_stays_news()
    {
        var text = NewsBody + "\n\n" +
            "\"I think the crew did everything right, and we must thank them,\" said passenger Tomas Ilves, who was travelling with his two children.\n\n" +
            "\"You could see the smoke from the whole town. It was a disgrace that the alarms were so late,\" councillor Mira Holt told reporters.";
        var voice = Read(text, new ArticleMetadata { Title = "Passengers praise crew after ferry fire", Outlet = "Coast Daily" });
        Assert.Equal(ArticleKind.News, voice.Kind);
        Assert.Empty(voice.Cues);
    }

    [Fact]
    public void The_section_the_source_files_it_under_decides_alone()
    {
        var voice = Read(NewsBody, new ArticleMetadata { Title = "Ferry fire off Kessel Harbour", Section = "Opinion & Comment" });
        Assert.Equal(ArticleKind.Opinion, voice.Kind);
        var cue = Assert.Single(voice.Cues);
        Assert.Equal("metadata", cue.Source);
        Assert.True(cue.Strong);
        Assert.Contains("Opinion & Comment", cue.Description);

        var analysis = Read(NewsBody, new ArticleMetadata { Genre = "AnalysisNewsArticle" });
        Assert.Equal(ArticleKind.Analysis, analysis.Kind);
    }

    [Fact]
    public void An_opinion_path_in_the_url_decides_alone_but_a_slug_word_does_not()
    {
        var comment = Read(NewsBody, new ArticleMetadata { Url = "https://news.example/comment/2026/05/ferry-fire" });
        Assert.Equal(ArticleKind.Opinion, comment.Kind);
        Assert.Equal("url", Assert.Single(comment.Cues).Source);

        var slug = Read(NewsBody, new ArticleMetadata { Url = "https://news.example/2026/05/ferry-fire-review-ordered" });
        Assert.Equal(ArticleKind.News, slug.Kind);
    }

    [Fact]
    public void An_evaluative_headline_with_first_person_argument_is_opinion_but_the_headline_alone_is_not()
    {
        const string argument =
            "Greyline Shipping has put its timetable before its passengers for years.\n\n" +
            "I think the port authority has waved these ships through for far too long.\n\n" +
            "We must demand answers before the next fire, not after it.";
        var voice = Read(argument, new ArticleMetadata { Title = "The ferry fire is the port authority's to own" });
        Assert.Equal(ArticleKind.Opinion, voice.Kind);
        Assert.Contains(voice.Cues, c => c.Source == "headline" && c.Description.Contains("verdict"));
        var body = Assert.Single(voice.Cues, c => c.Description == "first-person argument");
        Assert.Equal(2, body.Citations.Length);
        Assert.All(voice.Cues, c => Assert.False(c.Strong));

        // one weak cue decides nothing: a question headline over a plain report
        var question = Read(NewsBody, new ArticleMetadata { Title = "Should ferries sail in a storm?" });
        Assert.Equal(ArticleKind.News, question.Kind);
    }

    [Fact]
    public void First_person_argument_and_evaluative_words_make_opinion_without_any_metadata()
    {
        const string column =
            "The reckless handling of Sunday's ferry fire off Kessel Harbour was a disgrace from start to finish.\n\n" +
            "In my view the port authority should have closed the route months ago.\n\n" +
            "Nine people were treated in hospital for smoke inhalation, according to the regional health authority.";
        var voice = Read(column, new ArticleMetadata { Title = "After the ferry fire" });
        Assert.Equal(ArticleKind.Opinion, voice.Kind);
        Assert.Contains(voice.Cues, c => c.Description == "first-person argument");
        Assert.Contains(voice.Cues, c => c.Description.StartsWith("evaluative words:", StringComparison.Ordinal) && c.Description.Contains("reckless"));
    }

    [Fact]
    public void A_loaded_label_in_the_outlets_voice_loads_its_sentence_even_in_reported_speech_but_an_attributed_charge_does_not()
    {
        const string text =
            "The self-proclaimed mayor Ivo Dalen said the ferry had passed every inspection.\n\n" +
            "Port director Ana Brel accused Greyline Shipping of running a criminal operation on the route.\n\n" +
            "Nine people were treated in hospital for smoke inhalation, according to the regional health authority.";
        var story = StoryOf(("Harbour Post", text, new ArticleMetadata()));
        var voice = Assert.Single(story.Get(ArticleVoice.Section));
        var article = story.Story.Articles[0];
        var loaded = voice.Loaded.Select(l => article.SliceString(l.Sentence.Span)).ToList();
        Assert.Contains(loaded, s => s.StartsWith("The self-proclaimed mayor", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, s => s.Contains("accused", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, s => s.StartsWith("Nine people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_record_carries_section_genre_and_keywords()
    {
        const string json = """{"text": "Body.", "section": "Opinion", "genre": "editorial", "keywords": ["ferries", "Kessel Harbour"]}""";
        var d = Assert.Single(new JsonArticleReader().Read(new InputDocument("one.json", Encoding.UTF8.GetBytes(json)), json).Drafts);
        Assert.Equal("Opinion", d.Metadata.Section);
        Assert.Equal("editorial", d.Metadata.Genre);
        Assert.Equal("ferries, Kessel Harbour", d.Metadata.Keywords);
    }

    internal static Storyline.Stories.StoryDocument StoryOf(params (string Outlet, string Text, ArticleMetadata Metadata)[] inputs)
    {
        var articles = inputs.Select((x, i) => Annotated(x.Text, x.Metadata with
        {
            Outlet = x.Outlet,
            Published = x.Metadata.Published ?? new DateTimeOffset(2026, 5, 4, 9 + i, 0, 0, TimeSpan.Zero),
        }, "a" + (i + 1))).ToArray();
        return Pipeline.Value.Analyze(new Storyline.Stories.Story("s1", [.. articles]));
    }
}
