using Storyline.Stories;
using System.Net;
using System.Text.Json;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Summarize;
using Storyline.Tests.Summarize;

namespace Storyline.Tests.Report;

/// <summary>A summary sentence shown from two parts of its source renders as its text, escaped, citing both parts.</summary>
public sealed class CompressedSentenceRenderingTests
{
    private const string Shown = "The <Maren> & *Delta* bridge collapsed and at least twelve people were killed on Tuesday.";

    private static (ReportDocument Report, ReportSentence Sentence) Build()
    {
        // invented: whole, the a1 sentence is 19 words and does not fit 17; without its parenthetical it does
        var analysis = SummaryStageTests.RunArticles(SummarizerSettings.Default with { Words = 17 },
            ("a1", "The <Maren> & *Delta* bridge collapsed and at least twelve people were killed on Tuesday (Aldorian Press Service Agency).\nIt was old."),
            ("a2", "At least twelve people were killed on Tuesday when the Maren Delta bridge collapsed into the river below it."));
        var report = ReportBuilder.Build(new DigestResult(analysis.Story.Articles, [analysis], []));
        return (report, Assert.Single(report.Stories[0].Summary, s => s.Text == Shown));
    }

    [Fact]
    public void Report_sentence_cites_each_kept_part_in_order()
    {
        var (report, sentence) = Build();
        var text = report.Articles.Single(a => a.Id == "a1").Text;
        var parts = sentence.Citations.TakeWhile(c => c.Article == "a1").ToList();
        Assert.Equal(2, parts.Count);
        Assert.Equal("The <Maren> & *Delta* bridge collapsed and at least twelve people were killed on Tuesday", text[parts[0].Start..parts[0].End]);
        Assert.Equal(".", text[parts[1].Start..parts[1].End]);
    }

    [Fact]
    public void Json_report_carries_the_shown_text_and_every_part()
    {
        var (report, sentence) = Build();
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        var summary = json.RootElement.GetProperty("stories")[0].GetProperty("summary").EnumerateArray()
            .Single(s => s.GetProperty("text").GetString() == Shown);
        var cited = summary.GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("article").GetString(), c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32())).ToList();
        Assert.Equal(sentence.Citations.Select(c => ((string?)c.Article, c.Start, c.End)), cited);
    }

    [Fact]
    public void Markdown_report_shows_the_escaped_text_and_one_label_naming_both_parts()
    {
        var (report, sentence) = Build();
        var markdown = MarkdownReportWriter.Write(report);
        Assert.Contains(MarkdownReportWriter.Escape(Shown), markdown);
        Assert.DoesNotContain("<Maren>", markdown);
        var parts = sentence.Citations.Take(2).ToList();
        Assert.Contains($"a1:{parts[0].Start}-{parts[0].End}+{parts[1].Start}-{parts[1].End}", markdown);
        Assert.DoesNotContain("\\[" + ReportText.CitationLabel(parts[1], report.Articles.ToDictionary(a => a.Id)) + "\\]", markdown);
    }

    [Fact]
    public void Html_report_shows_the_encoded_text_and_one_link_to_the_first_part()
    {
        var (report, sentence) = Build();
        var html = HtmlReportWriter.Write(report);
        Assert.Contains(WebUtility.HtmlEncode(Shown), html);
        Assert.DoesNotContain("<Maren>", html);
        var parts = sentence.Citations.Take(2).ToList();
        Assert.Contains("href=\"#" + WebUtility.HtmlEncode(ReportText.AnchorId(parts[0])) + "\"", html);
        Assert.DoesNotContain("href=\"#" + WebUtility.HtmlEncode(ReportText.AnchorId(parts[1])) + "\"", html);
        // both parts are highlighted where they stand in the article text
        foreach (var c in parts) Assert.Contains("id=\"" + WebUtility.HtmlEncode(ReportText.AnchorId(c)) + "\"", html);
    }
}
