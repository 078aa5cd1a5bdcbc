using Storyline.Report;

namespace Storyline.Tests.Report;

public sealed class ReportTextTests
{
    /// <summary>An article of ours from an outlet, published on 10 February 2026 at the given hour (UTC).</summary>
    private static Storyline.Ingest.ArticleDraft Draft(string name, string outlet, int hour, string text) =>
        new(name, text, new Storyline.Articles.ArticleMetadata { Outlet = outlet, Published = new DateTimeOffset(2026, 2, 10, hour, 0, 0, TimeSpan.Zero) });

    private static ReportDocument Report(params Storyline.Ingest.ArticleDraft[] drafts) =>
        ReportBuilder.Build(new Storyline.Pipeline.Digester().RunDrafts(drafts));

    private static ReportArticle Article(string id, string? outlet) =>
        new(id, id + ".txt", outlet, null, null, null, false, "en", "text", [], null, null, id);

    [Fact]
    public void Articles_without_an_outlet_are_not_counted_as_outlets_each()
    {
        var articles = new[] { Article("a1", "Harbor Times"), Article("a2", "harbor times"), Article("a3", "Valley Post"), Article("a4", null), Article("a5", null) };
        Assert.Equal("2 outlets + 2 unnamed", ReportText.OutletCount(articles));
        Assert.Equal("1 outlet", ReportText.OutletCount([Article("a1", "Harbor Times")]));
    }

    [Fact]
    public void Markdown_sources_line_reads_outlet_then_date()
    {
        var report = Report(
            Draft("one.txt", "Harbor Times", 8, "The harbour council approved the new budget on Monday after a long debate, officials said.\n\nThe vote was 12 to 3."));
        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("**Sources:** Harbor Times, 2026-02-10\n", markdown);
    }

    [Fact]
    public void Differing_figures_are_listed_once_per_pair_in_every_format()
    {
        // the second count is inside quotation marks: no claim of the fact ledger, so only the figure ledger sees it
        var report = Report(
            Draft("one.txt", "Harbor Times", 8, "The harbour flood forced about 1,200 residents from their homes on Tuesday, city officials said.\n\nPumps worked through the night."),
            Draft("two.txt", "Valley Post", 9, "\u201CSome 1,500 residents had to leave their homes,\u201D a neighbourhood leader told reporters after the harbour flood.\n\nPumps worked through the night."));
        var story = Assert.Single(report.Stories);
        var pair = Assert.Single(ReportText.DifferingFigures(story.Figures));
        Assert.Equal(["about 1,200 residents", "Some 1,500 residents"], new[] { pair.A.Text, pair.B.Text }.Order(StringComparer.OrdinalIgnoreCase));
        Assert.Empty(story.Conflicts);
        foreach (var written in new[] { MarkdownReportWriter.Write(report), HtmlReportWriter.Write(report), Terminal(report) })
            Assert.Single(Occurrences(written, "figures differ"));
        Assert.Contains("\"differsFrom\"", JsonReportWriter.Write(report));
    }

    [Fact]
    public void A_figure_conflict_both_ledgers_see_is_shown_once_as_a_conflict_of_facts()
    {
        var report = Report(
            Draft("one.txt", "Harbor Times", 8, "The harbour flood forced about 1,200 residents from their homes on Tuesday, city officials said.\n\nPumps worked through the night."),
            Draft("two.txt", "Valley Post", 9, "After the harbour flood on Tuesday, some 1,500 residents had to leave their homes, neighbourhood groups said.\n\nPumps worked through the night."));
        var story = Assert.Single(report.Stories);
        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal("figure", conflict.Kind);
        Assert.StartsWith("1,200 residents", conflict.Description, StringComparison.Ordinal);
        // the figures section does not repeat it, in any format
        Assert.Empty(ReportText.DifferingFigures(story.Figures));
        Assert.All(story.Figures, f => Assert.Empty(f.DiffersFrom));
        foreach (var written in new[] { MarkdownReportWriter.Write(report), HtmlReportWriter.Write(report), Terminal(report) })
        {
            Assert.Single(Occurrences(written, "1,200 residents (residents from their homes) vs 1,500 residents"));
            Assert.Empty(Occurrences(written, "figures differ"));
        }
    }

    private static string Terminal(ReportDocument report)
    {
        using var writer = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(writer), Ansi = Spectre.Console.AnsiSupport.No, ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 400; // one line per conflict, for the search below
        Storyline.Cli.Rendering.TerminalReportRenderer.Render(report, console);
        return writer.ToString();
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            yield return i;
    }

    [Theory]
    [InlineData(310000000.0, "310,000,000")]
    [InlineData(1200.0, "1,200")]
    [InlineData(72.0, "72")]
    [InlineData(0.5, "0.5")]
    [InlineData(2.125, "2.13")]
    public void Figure_values_are_grouped_for_readers(double value, string expected) =>
        Assert.Equal(expected, ReportText.FormatValue(value));

    [Fact]
    public void Reported_speech_reads_as_said_and_direct_quotes_keep_their_marks()
    {
        var report = Report(
            Draft("one.txt", "Harbor Times", 8, "Mayor Ana Duarte said that the harbour would reopen to fishing boats on Friday.\n\n\u201CWe will not leave the crews waiting,\u201D Duarte told reporters at the quay."));
        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains("- **Ana Duarte** said that the harbour would reopen", markdown);
        Assert.Contains("- **Ana Duarte**: \u201CWe will not leave the crews waiting", markdown);
        Assert.Contains("<span class=\"muted\">said</span> that the harbour", HtmlReportWriter.Write(report));
    }

    [Theory]
    [InlineData("The opposition has been in contact with them", "the opposition has been in contact with them")]
    [InlineData("At least 9 ferries have been cancelled", "at least 9 ferries have been cancelled")]
    [InlineData("Guaido's envoy has been in contact with them", "Guaido's envoy has been in contact with them")]
    [InlineData("Theodore Roe will stay on", "Theodore Roe will stay on")]
    [InlineData("that the harbour would reopen", "that the harbour would reopen")]
    public void Reported_speech_after_said_starts_in_lower_case_unless_it_opens_with_a_name(string text, string expected) =>
        Assert.Equal(expected, ReportText.AfterSaid(text));
}
