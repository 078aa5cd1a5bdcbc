using System.Text.Json;
using Spectre.Console;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Compare;
using Storyline.Compare.Framing;
using Storyline.Language;
using Storyline.Report;
using Storyline.Stories;
using Storyline.Text;
using Storyline.Tests.Support;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Compare;

/// <summary>The verbs an article uses for what an actor said or did (issue #20, point 2).</summary>
public class VerbExtractorTests
{
    private static List<FoundVerb> VerbsOf(string text, params string[] names)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        article = new QuoteStage().Process(article);
        var mentions = names.SelectMany(n => Occurrences(text, n).Select(at => (new TextSpan(at, n.Length), n, EntityType.Person)))
            .OrderBy(m => m.Item1.Start).ToList();
        return VerbExtractor.Find(article, mentions, LanguagePacks.English, model: null).ToList();
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            yield return at;
    }

    private static bool Loaded(FoundVerb v) =>
        LanguagePacks.English.Framing.LoadedVerbs.Contains(v.Lemma) || v.Adverb is { } a && LanguagePacks.English.Framing.LoadedAdverbs.Contains(a);

    [Fact]
    public void A_subject_and_its_verb_are_found_with_the_lemma_and_a_citation()
    {
        var v = Assert.Single(VerbsOf("Mayor Lena Brandt said the ferry would run again by June.", "Lena Brandt"));
        Assert.Equal(("Lena Brandt", "say", "said", false), (v.EntityId, v.Lemma, v.Form, v.InQuote));
        Assert.False(Loaded(v));
        Assert.Equal("Mayor Lena Brandt said", "Mayor Lena Brandt said the ferry would run again by June.".Substring(v.Citation.Start, v.Citation.Span.Length));
    }

    [Fact]
    public void A_loaded_verb_is_flagged_and_a_neutral_one_is_not()
    {
        var insisted = Assert.Single(VerbsOf("Lena Brandt insisted the ferry would run again by June.", "Lena Brandt"));
        Assert.Equal("insist", insisted.Lemma);
        Assert.True(Loaded(insisted));
        var announced = Assert.Single(VerbsOf("Lena Brandt announced the ferry would run again by June.", "Lena Brandt"));
        Assert.False(Loaded(announced));
    }

    [Fact]
    public void The_cue_of_a_quote_spoken_by_he_or_she_goes_to_the_name_the_quote_stage_resolved()
    {
        var text = "Mayor Lena Brandt opened the meeting on Monday. \"We will not sell the port,\" she insisted.";
        var v = Assert.Single(VerbsOf(text, "Lena Brandt"), x => x.Lemma == "insist");
        Assert.Equal("Lena Brandt", v.EntityId);
        Assert.Equal("she insisted", text.Substring(v.Citation.Start, v.Citation.Span.Length));
        // "they" is no one the quote stage resolves: no verb for anyone
        Assert.DoesNotContain(VerbsOf("Mayor Lena Brandt opened the meeting on Monday. \"We will not sell the port,\" they insisted.", "Lena Brandt"),
            x => x.Lemma == "insist");
    }

    [Fact]
    public void The_cue_of_a_quote_goes_to_its_named_speaker_either_side()
    {
        var after = Assert.Single(VerbsOf("\u201CThe ferry will run again by June,\u201D Lena Brandt claimed on Friday.", "Lena Brandt"));
        Assert.Equal(("claim", false), (after.Lemma, after.InQuote));
        var before = Assert.Single(VerbsOf("\u201CThe ferry will run again by June,\u201D admitted Lena Brandt.", "Lena Brandt"));
        Assert.Equal("admit", before.Lemma);
    }

    [Fact]
    public void In_X_said_Y_claimed_each_actor_gets_its_own_verb_and_the_reported_one_is_kept_apart()
    {
        var verbs = VerbsOf("Lena Brandt said Otto Keller claimed the ferry was safe.", "Lena Brandt", "Otto Keller");
        var brandt = Assert.Single(verbs, v => v.EntityId == "Lena Brandt");
        Assert.Equal(("say", false), (brandt.Lemma, brandt.InQuote));
        var keller = Assert.Single(verbs, v => v.EntityId == "Otto Keller");
        Assert.Equal("claim", keller.Lemma);
        Assert.True(keller.InQuote); // Brandt's words about Keller, not the outlet's
    }

    [Fact]
    public void A_verb_inside_a_direct_quote_is_marked_in_quote()
    {
        var verbs = VerbsOf("\u201COtto Keller admitted the ferry was unsafe,\u201D Lena Brandt said.", "Lena Brandt", "Otto Keller");
        Assert.True(Assert.Single(verbs, v => v.EntityId == "Otto Keller").InQuote);
        Assert.False(Assert.Single(verbs, v => v.EntityId == "Lena Brandt").InQuote);
    }

    [Theory]
    [InlineData("Lena Brandt's spokesman said the ferry would run again by June.")]
    [InlineData("Critics of Lena Brandt said the ferry would not run again by June.")]
    [InlineData("Lena Brandt was accused of hiding the repair bill.")]
    [InlineData("The council sued Lena Brandt admitted nothing.")]
    [InlineData("\u201CThe ferry is safe,\u201D Otto Keller told Lena Brandt on Friday.")]
    public void No_verb_goes_to_an_actor_that_is_not_its_subject(string text)
    {
        Assert.DoesNotContain(VerbsOf(text, "Lena Brandt", "Otto Keller"), v => v.EntityId == "Lena Brandt");
    }

    [Fact]
    public void An_adverb_on_the_verb_is_kept_and_a_loaded_one_loads_the_verb()
    {
        var v = Assert.Single(VerbsOf("Lena Brandt falsely said the ferry was safe.", "Lena Brandt"));
        Assert.Equal(("say", "falsely"), (v.Lemma, v.Adverb));
        Assert.True(Loaded(v));
        var time = Assert.Single(VerbsOf("Lena Brandt has previously said the ferry was safe.", "Lena Brandt"));
        Assert.Null(time.Adverb);
    }
}

/// <summary>The contrast line per actor and the verbs in every renderer (issue #20, point 5).</summary>
public class FramingContrastTests
{
    private static StoryDocument Differing { get; } = Analyze(
        new Input("Harbor Times", "2026-02-10", "Mayor Lena Brandt said on Monday the ferry would run again by June.\n\nThe council met on Tuesday."),
        new Input("Bay Ledger", "2026-02-10", "Mayor Lena Brandt said the ferry would run again by June, after weeks of repairs.\n\nThe council met on Tuesday."),
        new Input("Night Wire", "2026-02-10", "Embattled mayor Lena Brandt insisted the ferry would run again by June.\n\nThe council met on Tuesday."));

    private static StoryDocument Alike { get; } = Analyze(
        new Input("Harbor Times", "2026-02-10", "Mayor Lena Brandt said on Monday the ferry would run again by June."),
        new Input("Bay Ledger", "2026-02-10", "Mayor Lena Brandt said the ferry would run again by June, after weeks of repairs."));

    private static FramingRow Brandt(StoryDocument story) =>
        story.Framing.Single(r => r.EntityId == story.Entities.First(e => e.Name.Contains("Brandt")).Id);

    [Fact]
    public void Outlets_that_differ_get_a_contrast_of_labels_and_of_loaded_verbs()
    {
        var row = Brandt(Differing);
        var contrast = Assert.IsType<FramingContrast>(row.Contrast);
        Assert.Equal(["Embattled mayor", "Mayor"], contrast.Labels.Select(c => c.Text).ToArray());
        Assert.True(contrast.Labels[0].Loaded);
        Assert.Equal(["insisted", "said"], contrast.Verbs.Select(c => c.Text).ToArray());
        Assert.Contains(row.Verbs, v => v.Lemma == "insist" && v.Loaded && v.ArticleIds.SequenceEqual(["a3"]));
        Assert.Contains(row.Verbs, v => v.Lemma == "say" && !v.Loaded && v.ArticleIds.Length == 2);
    }

    [Fact]
    public void Outlets_that_agree_get_no_contrast()
    {
        var row = Brandt(Alike);
        Assert.NotEmpty(row.Verbs);
        Assert.Null(row.Contrast);
    }

    [Fact]
    public void The_contrast_line_names_one_outlet_and_counts_several()
    {
        var articles = new Dictionary<string, ReportArticle>
        {
            ["a1"] = Article("a1", "Harbor Times"), ["a2"] = Article("a2", "Bay Ledger"), ["a3"] = Article("a3", "Night Wire"),
        };
        var line = ReportText.ContrastLine(Brandt(Differing).Contrast, articles);
        Assert.Equal("labels: 'Embattled mayor' (Night Wire, loaded) vs 'Mayor' (2 outlets); verbs: 'insisted' (Night Wire, loaded) vs 'said' (2 outlets)", line);
        Assert.Null(ReportText.ContrastLine(null, articles));
    }

    private static ReportArticle Article(string id, string outlet) =>
        new(id, id, outlet, null, null, null, false, "en", "", [], null, null, id);

    private const string Contrast = "labels: 'embattled <b>mayor</b>' (Night Wire, loaded) vs 'Mayor' (2 outlets)";

    private static ReportDocument Report()
    {
        ReportArticle A(string id, string outlet) => new(id, id, outlet, null, null, null, false, "en", "Mayor Lena Brandt insisted it.", [], null, null, id);
        var cite = new List<ReportCitation> { new("x1", 0, 5) };
        var framing = new ReportFraming("p1", [new ReportFramingLabel("Mayor", ["x1"], false, false, cite)])
        {
            Verbs = [new ReportFramingVerb("insisted", "insist", null, ["x1"], false, true, cite), new ReportFramingVerb("claimed", "claim", null, ["x2"], true, true, cite)],
            Contrast = Contrast,
        };
        var story = new ReportStory("s1", "Ferry", [], ["x1", "x2"], [], [new ReportEntity("p1", "Lena Brandt", "person", [], cite)], [], [], [], [framing], [], null, null, [], []);
        return new ReportDocument(1, "storyline", [A("x1", "Night Wire"), A("x2", "Bay Ledger")], [story], []);
    }

    private static readonly Lazy<ReportDocument> Samples = new(() => ReportBuilder.Build(new Digester(TestModels.Options()).Run([Path.Combine(SharedData.RepoRoot, "samples")])));

    [Fact]
    public void The_framing_additions_validate_against_their_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "contract", "framing-additions.schema.json")));
        foreach (var report in new[] { Samples.Value, Report() })
        {
            using var doc = JsonDocument.Parse(JsonReportWriter.Write(report));
            foreach (var story in doc.RootElement.GetProperty("stories").EnumerateArray())
                Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, story));
        }
        // the samples show a contrast (one outlet's loaded label for the mayor) and verbs
        Assert.Contains(Samples.Value.Stories.SelectMany(s => s.Framing), f => f.Contrast is not null && f.Contrast.Contains("loaded"));
        Assert.Contains(Samples.Value.Stories.SelectMany(s => s.Framing), f => f.Verbs.Count > 0);
    }

    [SharedDataFact]
    public void The_report_with_the_framing_additions_validates_against_the_contract()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedData.Path("contracts", "story-report.schema.json")));
        using var doc = JsonDocument.Parse(JsonReportWriter.Write(Report()));
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, doc.RootElement));
    }

    [Fact]
    public void Every_renderer_shows_the_verbs_and_the_contrast_line_escaped()
    {
        var report = Report();
        var html = HtmlReportWriter.Write(report);
        Assert.Contains("embattled &lt;b&gt;mayor&lt;/b&gt;", html);
        Assert.Contains("<mark class=\"loaded\">insisted</mark>", html);
        Assert.Contains("class=\"verb inquote\"", html);

        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("Where the outlets differ", markdown);
        Assert.Contains("**insisted**", markdown);
        Assert.Contains("**claimed** _(in quote)_", markdown);
        Assert.DoesNotContain("<b>", markdown);

        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(report, console);
        var text = writer.ToString();
        Assert.Contains("Lena Brandt: " + Contrast, text);
        Assert.Contains("› insisted*", text);
        Assert.Contains("› claimed* (quote)", text);

        var json = JsonReportWriter.Write(report);
        Assert.Contains("\"contrast\":", json);
        Assert.Contains("\"verbs\":", json);
        Assert.Contains("\"lemma\": \"insist\"", json.Replace("\":\"", "\": \""));
    }
}

/// <summary>Who may be an actor of the framing table (issue #20, point 4).</summary>
public class FramingActorTests
{
    [Theory]
    [InlineData("Lena Brandt Memos", false)]
    [InlineData("Brandt Report", false)]
    [InlineData("Lena Brandt", true)]
    [InlineData("Harbor Engineering", true)]
    [InlineData("Memos", true)] // one word: the tagger's name for someone, not a document title
    public void A_document_or_event_named_after_someone_is_no_actor(string name, bool actor) =>
        Assert.Equal(actor, FramingStage.IsActorName(name, LanguagePacks.English.Framing));
}

public class PossessiveLabelTests
{
    private static List<FoundLabel> LabelsOf(string text, params string[] names)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        article = new QuoteStage().Process(article);
        var mentions = names.Select(n => (new TextSpan(text.IndexOf(n, StringComparison.Ordinal), n.Length), n, EntityType.Person)).OrderBy(m => m.Item1.Start).ToList();
        return LabelExtractor.Find(article, mentions, LanguagePacks.English.Framing).ToList();
    }

    [Theory]
    [InlineData("Mayor Lena Brandt's deputy Otto Keller opened the bridge on Monday.")]
    [InlineData("Mayor Lena Brandt\u2019s deputy Otto Keller opened the bridge on Monday.")]
    [InlineData("Otto Keller, Mayor Lena Brandt's deputy, opened the bridge on Monday.")]
    public void A_possessive_never_moves_a_label_to_another_person(string text)
    {
        var labels = LabelsOf(text, "Lena Brandt", "Otto Keller");
        Assert.DoesNotContain(labels, l => l.EntityId == "Otto Keller" && l.Label.Contains("Mayor", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(labels, l => l.EntityId == "Lena Brandt" && l.Label == "Mayor");
    }
}
