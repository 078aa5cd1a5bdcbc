using System.Text.Json;
using Spectre.Console;
using Storyline.Report;
using Storyline.Stories;
using Storyline.Tests.Support;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Report;

/// <summary>The ledger a reader can use: key facts, contested facts with both sides, and per outlet what only it tells
/// and what it leaves out, the same in the JSON contract and in every renderer.</summary>
public class LedgerLayoutTests
{
    private static readonly Lazy<ReportDocument> Digested = new(() =>
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday, the foreign ministry in Talvik said in a statement. The ministry also recalled its ambassador from the northern capital after weeks of quarrels over fishing rights."),
            new Input("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute between the neighbours. Fourteen fishing boats were seized near the border island last week, the coast guard said."),
            new Input("Ridge Gazette", "2026-02-11", "The coastal town of Merrow in Estland held its annual regatta on Sunday despite strong winds from the west, organisers said."));
        return ReportBuilder.Build(new DigestResult([.. story.Story.Articles], [story], []));
    });

    [Fact]
    public void The_json_lists_every_fact_in_rank_order_with_the_agreed_fact_first_and_key()
    {
        var story = Assert.Single(Digested.Value.Stories);
        Assert.Equal(Enumerable.Range(1, story.Facts.Count), story.Facts.Select(f => f.Rank));
        var first = story.Facts[0];
        Assert.Equal("agreed", first.Status);
        Assert.Equal(["a1", "a2"], first.ArticleIds.Order());
        Assert.True(first.Key);
        Assert.All(story.Facts.Where(f => f.Status != "agreed"), f => Assert.False(f.Key));
        // groups in order: agreed, contested, single-source
        var groups = story.Facts.Select(f => f.Status switch { "agreed" => 0, "contested" => 1, _ => 2 }).ToList();
        Assert.Equal(groups.Order(), groups);
    }

    [Fact]
    public void Only_the_outlet_that_does_not_tell_an_agreed_fact_has_it_left_out()
    {
        var story = Assert.Single(Digested.Value.Stories);
        var agreed = story.Facts[0].Id;
        var outlets = story.Outlets.ToDictionary(o => o.Outlet!);
        Assert.Equal(["Harbor Times", "Valley Post", "Ridge Gazette"], story.Outlets.Select(o => o.Outlet));
        Assert.Contains(agreed, outlets["Ridge Gazette"].LeftOut);
        Assert.DoesNotContain(agreed, outlets["Harbor Times"].LeftOut);
        Assert.DoesNotContain(agreed, outlets["Valley Post"].LeftOut);
        // every single-source fact is "only here" for the outlet that tells it
        foreach (var f in story.Facts.Where(f => f.Status == "single-source"))
            Assert.Contains(story.Outlets, o => o.OnlyHere.Contains(f.Id) && o.ArticleIds.Intersect(f.ArticleIds).Any());
    }

    [Fact]
    public void The_ledger_additions_validate_against_their_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "contract", "ledger-additions.schema.json")));
        using var doc = JsonDocument.Parse(JsonReportWriter.Write(Digested.Value));
        foreach (var story in doc.RootElement.GetProperty("stories").EnumerateArray())
            Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, story));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("stories")[0].GetProperty("outlets").ValueKind);
    }

    [SharedDataFact]
    public void The_report_with_the_ledger_additions_validates_against_the_contract()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedData.Path("contracts", "story-report.schema.json")));
        using var doc = JsonDocument.Parse(JsonReportWriter.Write(Digested.Value));
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, doc.RootElement));
    }

    // a report written by hand, so every section is present and the untrusted text is hostile
    private const string Hostile = "<script>alert(1)</script> [red]boom[/] **bold** | pipe";

    private static ReportDocument Written()
    {
        ReportArticle Article(string id, string outlet, string? duplicateOf = null) =>
            new(id, id + ".txt", outlet, "title", null, "2026-02-10", false, "en", "The ferry service between the two islands resumed on Friday after a long storm.", [], duplicateOf, null, id);
        ReportFact Fact(string id, string text, string status, int rank, bool key, params string[] articles) =>
            new(id, text, status, articles, status == "agreed" ? 2 : 1, [.. articles.Select(a => new ReportCitation(a, 0, 10))], [], []) { Rank = rank, Key = key };
        var facts = new List<ReportFact>
        {
            Fact("f1", "The ferry service resumed on Friday.", "agreed", 1, true, "a1", "a2"),
            Fact("f2", "Fourteen crossings ran on the first day.", "contested", 2, false, "a1"),
            Fact("f3", "Twenty crossings ran on the first day.", "contested", 3, false, "a2"),
            Fact("f4", Hostile, "single-source", 4, false, "a3"),
        };
        var story = new ReportStory("s1", "The ferry is back", [], ["a1", "a2", "a3"], [], [], [], facts, [], [], [], null, null,
            [new ReportConflict("figure", "14 crossings vs 20 crossings", 1, 2, "f2", "f3")], [])
        {
            Outlets =
            [
                new ReportOutlet("Harbor Times", ["a1"], [], []),
                new ReportOutlet("Valley Post", ["a2"], [], []),
                new ReportOutlet(Hostile, ["a3"], ["f4"], ["f1"]),
            ],
        };
        return new ReportDocument(1, "storyline", [Article("a1", "Harbor Times"), Article("a2", "Valley Post"), Article("a3", Hostile)], [story], []);
    }

    [Fact]
    public void Html_shows_the_sections_both_sides_of_a_conflict_and_escapes_text()
    {
        var html = HtmlReportWriter.Write(Written());
        Assert.True(html.IndexOf(">Key facts<", StringComparison.Ordinal) < html.IndexOf(">Contested<", StringComparison.Ordinal));
        Assert.True(html.IndexOf(">Contested<", StringComparison.Ordinal) < html.IndexOf(">By outlet<", StringComparison.Ordinal));
        var sides = html[html.IndexOf("class=\"sides\"", StringComparison.Ordinal)..];
        Assert.Contains("Fourteen crossings", sides[..sides.IndexOf("</li>", StringComparison.Ordinal)]);
        Assert.Contains("Twenty crossings", sides[..sides.IndexOf("</li>", StringComparison.Ordinal)]);
        Assert.Contains("only here (1)", html);
        Assert.Contains("left out (1)", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Markdown_shows_the_sections_and_both_sides_in_one_row()
    {
        var md = MarkdownReportWriter.Write(Written());
        Assert.True(md.IndexOf("### Key facts", StringComparison.Ordinal) < md.IndexOf("### Contested", StringComparison.Ordinal));
        Assert.True(md.IndexOf("### Contested", StringComparison.Ordinal) < md.IndexOf("### By outlet", StringComparison.Ordinal));
        Assert.Contains(md.Split('\n'), line => line.Contains("Fourteen crossings") && line.Contains("Twenty crossings"));
        Assert.Contains("**Only here** (1)", md);
        Assert.Contains("**Left out** (1)", md);
        Assert.DoesNotContain("<script>", md);
        Assert.Contains("\\[red\\]boom", md);
    }

    [Fact]
    public void Terminal_shows_the_sections_and_prints_markup_literally()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(Written(), console);
        var text = writer.ToString();
        Assert.True(text.IndexOf("Key facts", StringComparison.Ordinal) < text.IndexOf("Contested", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Contested", StringComparison.Ordinal) < text.IndexOf("By outlet", StringComparison.Ordinal));
        var row = text.Split('\n').Single(l => l.Contains("Fourteen crossings"));
        Assert.Contains("Twenty crossings", row); // side by side
        Assert.Contains("only here (1)", text);
        Assert.Contains("left out (1)", text);
        Assert.Contains("[red]boom[/]", text);
    }
}
