using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlArticleReaderTests
{
    private readonly HtmlArticleReader _reader = new();

    [Fact]
    public void ScoresHtmlFilesAndSniffedHtmlAboveZero()
    {
        Assert.True(_reader.Score(new InputDocument("page.html", Array.Empty<byte>()), "") > 0);
        Assert.True(_reader.Score(new InputDocument("page.HTM", Array.Empty<byte>()), "") > 0);
        Assert.True(_reader.Score(new InputDocument("download", Array.Empty<byte>()), "<!DOCTYPE html><html>") > 0);
        Assert.Equal(0, _reader.Score(new InputDocument("notes.txt", Array.Empty<byte>()), "Just some text."));
    }

    [Fact]
    public void ReadsOneDraftWithMetadataAndRemovals()
    {
        var html = TestPages.Article(head: "<meta property=\"og:site_name\" content=\"Harbour Gazette\">",
            inside: "<div class=\"share-tools\"><span>Share this article with a friend or on your favourite network</span></div>");
        var doc = new InputDocument("pier.html", Encoding.UTF8.GetBytes(html));
        var result = _reader.Read(doc, html);
        var draft = Assert.Single(result.Drafts);
        Assert.Empty(result.Problems);
        Assert.StartsWith(TestPages.P1, draft.Body);
        Assert.Equal("Harbour Gazette", draft.Metadata.Outlet);
        Assert.Equal("en", draft.Metadata.Language);
        Assert.NotEmpty(draft.Removed);
    }

    [Fact]
    public void RedecodesBytesWithThePagesOwnCharset()
    {
        var html = TestPages.Article(inside: "<p>The café by the pier will stay open through the winter season, the owners said.</p>")
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(html);
        var wrongText = Encoding.UTF8.GetString(bytes); // what a UTF-8-assuming caller would hand over
        var result = _reader.Read(new InputDocument("pier.html", bytes), wrongText);
        Assert.Contains("café", Assert.Single(result.Drafts).Body);
    }

    [Fact]
    public void NoArticleBecomesAProblem()
    {
        var html = "<html><body><nav><a href='/'>Home</a></nav></body></html>";
        var result = _reader.Read(new InputDocument("index.html", Encoding.UTF8.GetBytes(html)), html);
        Assert.Empty(result.Drafts);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("index.html", problem.Source);
        Assert.StartsWith("no article found", problem.Reason);
    }

    [Fact]
    public void IsInTheDefaultRegistry()
    {
        var doc = new InputDocument("pier.html", Array.Empty<byte>());
        Assert.IsType<HtmlArticleReader>(ReaderRegistry.Choose(ReaderRegistry.Default, doc, "<html>"));
    }
}
