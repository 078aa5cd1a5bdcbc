using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Report;

namespace Storyline.Tests.Report;

/// <summary>Article text is untrusted: no renderer may let it become markup.</summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> [red]boom[/] **bold** | pipe [link](javascript:alert(1)) # heading";

    private static ReportDocument Report { get; } = ReportBuilder.Build(new Digester().RunDrafts([
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

    [Fact]
    public void Terminal_report_prints_markup_in_article_text_literally()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(Report, console);
        Assert.Contains("[red]Outlet[/]", writer.ToString());
    }
}
