using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Tests.Support;

namespace Storyline.Tests.Report;

/// <summary>Article text is untrusted: no renderer may let it become markup.</summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> [red]boom[/] **bold** | pipe [link](javascript:alert(1)) # heading";

    private static ReportDocument Report { get; } = ReportBuilder.Build(new Digester(TestModels.Options()).RunDrafts([
        new ArticleDraft("evil.txt", $"{Hostile}\n\nThe council approved the harbour budget on Monday after a long debate about {Hostile} in the chamber, officials said.\n\nThe vote was 12 to 3, the clerk said, and the plan takes effect in May.",
            new Storyline.Articles.ArticleMetadata { Outlet = "<b>Evil</b> [red]Outlet[/]", Title = Hostile }),
    ]));

    [Fact]
    public void Html_report_encodes_article_text()
    {
        var html = HtmlReportWriter.Write(Report);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>Evil</b>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("href=\"javascript:", html);
    }

    [Fact]
    public void Markdown_report_yields_no_html_or_links_from_article_text()
    {
        var markdown = MarkdownReportWriter.Write(Report);
        var doc = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var inlines = doc.Descendants<HtmlInline>().Select(h => h.Tag).ToList();
        Assert.All(inlines, tag => Assert.True(tag.StartsWith("<a id=", StringComparison.Ordinal) || tag == "</a>", tag)); // only our own anchors
        Assert.Empty(doc.Descendants<HtmlBlock>());
        Assert.DoesNotContain(doc.Descendants<LinkInline>(), l => l.Url is not null && l.Url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("\n- not a list item")]
    [InlineData("\t- not a list item")]
    [InlineData("   + not a list item")]
    [InlineData("\n\n1. not a numbered item")]
    [InlineData("    not a code block")]
    public void Markdown_escape_keeps_a_line_starting_with_whitespace_a_paragraph(string text)
    {
        // found by the escaping property test: a summary sentence whose text opened with a line break and a dash
        var doc = Markdown.Parse("### Summary\n\n" + MarkdownReportWriter.Escape(text) + "\n");
        Assert.Equal(["HeadingBlock", "ParagraphBlock"], doc.Select(b => b.GetType().Name));
    }

    [Fact]
    public void A_lone_surrogate_is_shown_by_its_code_and_a_pair_kept()
    {
        // found by the escaping property test: Markdig let a lone high surrogate swallow the next character. (Built in
        // code: attribute data cannot hold a lone surrogate.)
        Assert.Equal("a[U+D800]\\|b", VisibleText.Of("a" + (char)0xD800 + "\\|b"));
        Assert.Equal("[U+DC00]x", VisibleText.Of((char)0xDC00 + "x"));
        Assert.Equal("ok \U0001F600", VisibleText.Of("ok \U0001F600"));
    }

    [Theory]
    [InlineData("flailing  ", " embattled")]
    [InlineData("(rogue) ", " so-called")]
    [InlineData("\t", "so-called")]
    public void Bold_cells_with_edge_whitespace_keep_the_table_s_columns(string first, string second)
    {
        // found by the escaping property test: "**text  **" cannot close and pairs with the next row's "**" across the
        // cell border, so the table gains a column
        var table = $"| actor | outlet |\n|---|---|\n| a | {MarkdownReportWriter.Strong(first)} |\n| b | {MarkdownReportWriter.Strong(second)} |\n";
        var doc = Markdown.Parse(table, new MarkdownPipelineBuilder().UsePipeTables().Build());
        Assert.All(doc.Descendants<Markdig.Extensions.Tables.TableRow>(), row => Assert.Equal(2, row.Count));
    }

    [Fact]
    public void Terminal_report_prints_markup_in_article_text_literally()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(Report, console);
        Assert.Contains("[red]Outlet[/]", writer.ToString());
    }

    // Issue 19, case 2: ESC colour codes and OSC window-title sequences reached the terminal, Markdown and HTML untouched.

    private const string Esc = "\u001b[31mred\u001b[0m \u001b]0;owned\u0007 \u009b2J \u202Egnp.exe\u202C \b\r";

    private static ReportDocument ControlReport { get; } = ReportBuilder.Build(new Digester().RunDrafts([
        new ArticleDraft("esc\u001b[2J.txt", $"The council approved the harbour budget on Monday {Esc} after a long debate about the barrier in the chamber, officials said.\n\nThe vote was 12 to 3, the clerk said, and the plan {Esc} takes effect in May.",
            new Storyline.Articles.ArticleMetadata { Outlet = "Gazette\u001b]2;title\u0007", Title = "Budget " + Esc }),
    ]) with { Problems = [new Storyline.Problems.Problem("feed\u001b[1m.xml", "bad \u001b[5mblink", Storyline.Problems.ProblemCodes.FeedMalformed)] });

    private static void AssertNoControlCharacters(string output, string renderer)
    {
        var bad = output.Select((c, i) => (c, i)).FirstOrDefault(x => VisibleText.IsUnsafe(x.c) && x.c != '\t' || x.c == '\r');
        Assert.True(bad == default, $"{renderer}: U+{(int)bad.c:X4} at {bad.i}");
    }

    [Fact]
    public void No_renderer_lets_a_control_character_through()
    {
        AssertNoControlCharacters(HtmlReportWriter.Write(ControlReport), "html");
        AssertNoControlCharacters(MarkdownReportWriter.Write(ControlReport), "markdown");
        AssertNoControlCharacters(JsonReportWriter.Write(ControlReport), "json");
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(ControlReport, console);
        AssertNoControlCharacters(writer.ToString(), "terminal");
        Assert.Contains("\u241b[31mred", writer.ToString()); // shown, not obeyed
        Assert.Contains("[U+202E]", writer.ToString());
    }

    [Fact]
    public void Json_keeps_the_exact_text_the_citations_index()
    {
        var json = JsonReportWriter.Write(ControlReport);
        Assert.Contains("\\u001B[31mred", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Contains("\u001b[31mred\u001b[0m \u001b]0;owned\u0007", doc.RootElement.GetProperty("articles")[0].GetProperty("text").GetString());
    }
}
