using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Text;

namespace Storyline.Tests.Ingest;

public class PlainTextReaderTests
{
    private static ReadResult Read(string text, string name = "a.txt") =>
        new PlainTextReader().Read(new InputDocument(name, Encoding.UTF8.GetBytes(text)), text);

    [Fact]
    public void Read_takes_front_matter_as_metadata()
    {
        var r = Read("---\noutlet: The Example Post\nurl: https://example.org/x\npublished: 2026-03-04\nauthor: A. Writer\n---\nHeadline here\n\nBody text.");
        var d = Assert.Single(r.Drafts);
        Assert.Equal("The Example Post", d.Metadata.Outlet);
        Assert.Equal("https://example.org/x", d.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), d.Metadata.Published);
        Assert.True(d.Metadata.PublishedDateOnly);
        Assert.Equal("A. Writer", d.Metadata.Author);
        Assert.StartsWith("Headline here", d.Body);
    }

    [Fact]
    public void Read_without_front_matter_keeps_whole_text()
    {
        var r = Read("Headline\n\n---\nnot front matter: because it is not at the top");
        Assert.Equal("Headline\n\n---\nnot front matter: because it is not at the top", Assert.Single(r.Drafts).Body);
    }

    [Fact]
    public void Read_reports_a_front_matter_date_it_cannot_parse()
    {
        var r = Read("---\npublished: someday soon\n---\nText of the article.");
        Assert.Single(r.Drafts);
        Assert.Contains(r.Problems, p => p.Reason.Contains("not a date"));
    }

    [Fact]
    public void Read_of_only_front_matter_is_a_problem()
    {
        var r = Read("---\noutlet: X\n---\n   \n");
        Assert.Empty(r.Drafts);
        Assert.Contains(r.Problems, p => p.Reason.Contains("no article text"));
    }
}
