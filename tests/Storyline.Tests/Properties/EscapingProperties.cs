using AngleSharp.Html.Parser;
using CsCheck;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Storyline.Report;

namespace Storyline.Tests.Properties;

/// <summary>
/// For any text in a report, no renderer's output holds a control or bidi character, and no text changes the
/// output's structure: the report renders to the same elements (HTML), blocks and links (Markdown) as its twin made
/// of plain words; the terminal shows markup literally; JSON keeps every string exactly.
/// </summary>
public class EscapingProperties
{
    private const int Iterations = 150;

    private static void AssertVisible(string output, string renderer)
    {
        for (int i = 0; i < output.Length; i++)
            Assert.False(VisibleText.IsUnsafe(output[i]) && output[i] != '\t' || output[i] == '\r', $"{renderer}: U+{(int)output[i]:X4} at {i}");
    }

    [Fact]
    public void Html_output_has_the_structure_of_its_twin_and_no_control_character()
    {
        var parser = new HtmlParser();
        ReportGen.Reports.Sample((shape, texts) =>
        {
            var html = HtmlReportWriter.Write(ReportGen.Build(shape, texts));
            AssertVisible(html, "html");
            var doc = parser.ParseDocument(html);
            var twin = parser.ParseDocument(HtmlReportWriter.Write(ReportGen.Twin(shape, texts)));
            Assert.Equal(twin.All.Select(e => e.LocalName), doc.All.Select(e => e.LocalName));
            Assert.Equal(twin.All.Select(e => string.Join(",", e.Attributes.Select(a => a.Name))), doc.All.Select(e => string.Join(",", e.Attributes.Select(a => a.Name))));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
            Assert.Equal(twin.Scripts.Single().TextContent, doc.Scripts.Single().TextContent);
        }, iter: Iterations, threads: 1);
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static IEnumerable<string> Blocks(MarkdownDocument doc) =>
        doc.Descendants<Block>().Select(b => b is HeadingBlock h ? "h" + h.Level : b.GetType().Name);

    private static (int Links, int Html, int Code, int Autolinks) Inlines(MarkdownDocument doc) =>
        (doc.Descendants<LinkInline>().Count(), doc.Descendants<HtmlInline>().Count(), doc.Descendants<CodeInline>().Count(), doc.Descendants<AutolinkInline>().Count());

    [Fact]
    public void Markdown_output_has_the_blocks_and_links_of_its_twin_and_no_control_character()
    {
        ReportGen.Reports.Sample((shape, texts) =>
        {
            var markdown = MarkdownReportWriter.Write(ReportGen.Build(shape, texts));
            AssertVisible(markdown, "markdown");
            var doc = Markdown.Parse(markdown, Pipeline);
            var twin = Markdown.Parse(MarkdownReportWriter.Write(ReportGen.Twin(shape, texts)), Pipeline);
            Assert.Equal(Blocks(twin), Blocks(doc));
            Assert.Equal(Inlines(twin), Inlines(doc));
            Assert.All(doc.Descendants<LinkInline>(), l => Assert.StartsWith("#", l.Url));
        }, iter: Iterations, threads: 1);
    }

    [Fact]
    public void Terminal_output_shows_markup_literally_and_no_control_character()
    {
        ReportGen.Reports.Sample((shape, texts) =>
        {
            var writer = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            console.Profile.Width = 160;
            var report = ReportGen.Build(shape, texts);
            Storyline.Cli.Rendering.TerminalReportRenderer.Render(report, console); // unescaped markup would throw here
            var output = writer.ToString();
            AssertVisible(output, "terminal");
            foreach (var p in report.Problems) Assert.Contains(VisibleText.OneLine(p.Code), output);
        }, iter: Iterations, threads: 1);
    }

    private static string WithoutLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    [Fact]
    public void Json_output_keeps_every_string_and_escapes_what_could_act()
    {
        ReportGen.Reports.Sample((shape, texts) =>
        {
            var report = ReportGen.Build(shape, texts);
            var json = JsonReportWriter.Write(report);
            AssertVisible(json, "json");
            Assert.DoesNotContain('<', json);
            Assert.DoesNotContain('>', json);
            var back = System.Text.Json.JsonSerializer.Deserialize<ReportDocument>(json, JsonReportWriter.Options)!;
            // JSON cannot carry a lone surrogate: the writer puts U+FFFD in its place (one char for one, so offsets hold)
            Assert.Equal(report.Articles.Select(a => WithoutLoneSurrogates(a.Text)), back.Articles.Select(a => a.Text));
            Assert.Equal(report.Problems.Select(p => WithoutLoneSurrogates(p.Reason)), back.Problems.Select(p => p.Reason));
        }, iter: Iterations, threads: 1);
    }
}
