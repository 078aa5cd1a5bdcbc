using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlExtractorTests
{
    private static HtmlExtraction Extract(string html) => HtmlExtractor.Extract(html, new Uri("https://gazette.example/news/2024/03/05/ferry-pier"));

    private static void AssertArticleOnly(HtmlExtraction x)
    {
        Assert.True(x.Found, x.Reason);
        Assert.Equal([TestPages.P1, TestPages.P2, TestPages.P3, TestPages.P4], x.Paragraphs);
    }

    [Fact]
    public void ExtractsParagraphsInOrderWithoutPageFurniture()
    {
        var x = Extract(TestPages.Article());
        AssertArticleOnly(x);
        Assert.DoesNotContain("cookie", x.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Copyright", x.Body);
        Assert.DoesNotContain("140 years", x.Body); // the title is metadata, not body
    }

    [Theory]
    [InlineData("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <span>Share this story with your friends and family today</span></div>", "share")]
    [InlineData("<aside><h3>Related</h3><p>Another story about boats and bridges that you might enjoy reading later today.</p></aside>", "another story")]
    [InlineData("<div class=\"related-articles\"><p>Another story about boats and bridges that you might enjoy reading later today.</p></div>", "another story")]
    [InlineData("<div class=\"newsletter-signup\"><p>Get the morning briefing in your inbox every day, free of charge, by entering your address.</p></div>", "morning briefing")]
    [InlineData("<figure><img src=\"a.jpg\"><figcaption>The old pier at low tide, photographed by a reader last summer.</figcaption></figure>", "low tide")]
    [InlineData("<div class=\"ad-slot\"><p>Advertisement: buy the best boots for every kind of weather this season now.</p></div>", "boots")]
    [InlineData("<script>var tracking = 'the pier is closing';</script><style>p { color: red }</style>", "tracking")]
    [InlineData("<div style=\"display:none\"><p>This hidden paragraph should never be shown to readers of the page at all.</p></div>", "hidden paragraph")]
    public void ExcludesBoilerplateBlockInsideTheArticle(string block, string marker)
    {
        var x = Extract(TestPages.Article(inside: block));
        AssertArticleOnly(x);
        Assert.DoesNotContain(marker, x.Body, StringComparison.OrdinalIgnoreCase);
        if (!block.StartsWith("<script", StringComparison.Ordinal))
            Assert.Contains(x.Removed, r => r.Text.Contains(marker, StringComparison.OrdinalIgnoreCase));
        // every block's reason comes from the one catalogue
        Assert.All(x.Removed, r => Assert.True(Storyline.Articles.RemovalReasons.All.Contains(r.Reason), r.Reason));
    }

    [Fact]
    public void ExcludesCommentsBelowTheArticle()
    {
        var comments = """
            <section id="comments"><h2>42 comments</h2>
              <div class="comment"><p>I have taken that ferry every week for thirty years and I think this is a terrible decision.</p></div>
              <div class="comment"><p>Good riddance, the pier was falling apart and nobody wanted to pay for it anyway, honestly.</p></div>
            </section>
            """;
        var x = Extract(TestPages.Article(around: comments));
        AssertArticleOnly(x);
    }

    [Fact]
    public void KeepsHeadingsAndListItemsOfTheArticle()
    {
        var inside = """
            <h2>What happens next</h2>
            <ul><li>The pier closes to foot passengers at the end of the month.</li><li>Vehicles may use the northern slipway until the spring.</li></ul>
            """;
        var x = Extract(TestPages.Article(inside: inside));
        Assert.Contains("What happens next", x.Paragraphs);
        Assert.Contains("The pier closes to foot passengers at the end of the month.", x.Paragraphs);
        Assert.Contains("Vehicles may use the northern slipway until the spring.", x.Paragraphs);
    }

    [Fact]
    public void DropsBylineAndDatelineLines()
    {
        var x = Extract(TestPages.Article(inside: "<p>By Jane Marlow</p><p>Updated March 5, 2024 at 9:14 am</p>"));
        AssertArticleOnly(x);
        Assert.Contains(x.Removed, r => r.Reason == "byline/dateline");
    }

    [Fact]
    public void SplitsBrSeparatedTextIntoParagraphs()
    {
        var html = $"<html><body><div id=\"text\">{TestPages.P1}<br><br>{TestPages.P2}<br>{TestPages.P3}<br/>{TestPages.P4}</div></body></html>";
        AssertArticleOnly(Extract(html));
    }

    [Fact]
    public void SurvivesMissingBodyAndUnclosedTags()
    {
        var html = $"<title>Pier</title><div class=content><p>{TestPages.P1}<p>{TestPages.P2}<p><b>{TestPages.P3}<p>{TestPages.P4}";
        AssertArticleOnly(Extract(html));
    }

    [Fact]
    public void ReadsArticlesLaidOutWithTables()
    {
        var html = $"""
            <html><body><table width="100%"><tr>
              <td class="menu"><a href="/a">Home</a><br><a href="/b">Archive</a><br><a href="/c">Links</a></td>
              <td><table><tr><td><p>{TestPages.P1}</p><p>{TestPages.P2}</p><p>{TestPages.P3}</p><p>{TestPages.P4}</p></td></tr></table></td>
            </tr></table></body></html>
            """;
        AssertArticleOnly(Extract(html));
    }

    [Fact]
    public void InlineScriptsInsideParagraphsLeaveNoTrace()
    {
        var inside = "<p>The ferry timetable <script>document.write('ad')</script>will stay online until the last sailing on the thirtieth.</p>";
        var x = Extract(TestPages.Article(inside: inside));
        Assert.Contains("The ferry timetable will stay online until the last sailing on the thirtieth.", x.Paragraphs);
    }

    [Fact]
    public void ListingPageHasNoArticle()
    {
        var items = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/story/{i}\">Headline number {i} about something that happened in town today</a></li>"));
        var x = Extract($"<html><body><h1>Latest news</h1><ul>{items}</ul></body></html>");
        Assert.False(x.Found);
        Assert.StartsWith("no article found", x.Reason);
        Assert.Equal("", x.Body);
    }

    private static string Teasers(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<div class=\"item\"><h3><a href=\"/story/{i}\">Story number {i} from the coast</a></h3><p>A short summary of story {i}, written for the front page so readers know what it is about.</p></div>"));

    [Fact]
    public void SectionFrontOfTeasersHasNoArticle()
    {
        var x = Extract($"<html><body><h1>Coast news</h1><div class=\"stream\">{Teasers(12)}</div></body></html>");
        Assert.False(x.Found);
        Assert.Contains("list of story teasers", x.Reason);
    }

    [Fact]
    public void DropsABigTeaserListBesideTheArticle()
    {
        var html = $"<html><body><div class=\"wrap\"><div class=\"post\"><p>{TestPages.P1}</p><p>{TestPages.P2}</p><p>{TestPages.P3}</p><p>{TestPages.P4}</p></div><div class=\"box-b\">{Teasers(15)}</div></div></body></html>";
        AssertArticleOnly(Extract(html));
    }

    [Fact]
    public void PagesCutAtAnyPointNeverThrow()
    {
        var page = TestPages.Article(head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05\"}</script>",
            inside: "<table><tr><td>cell<td>cell</table><ul><li>one<li>two</ul>");
        for (int cut = 0; cut < page.Length; cut += 13)
        {
            var x = HtmlExtractor.Extract(page[..cut]);
            Assert.Equal(x.Found, x.Body.Length > 0);
        }
    }

    [Fact]
    public void EmptyOrGarbageInputIsNotFoundAndDoesNotThrow()
    {
        Assert.False(HtmlExtractor.Extract("").Found);
        Assert.False(HtmlExtractor.Extract("<<<>>> \0 </p></div>").Found);
    }

    [Fact]
    public void ProtectsTheArticleWhenItsWrapperHasAFurnitureName()
    {
        // Names like "has-sidebar" on the wrapper of the whole article must not drop the article.
        var html = $"<html><body><div class=\"layout has-sidebar\"><p>{TestPages.P1}</p><p>{TestPages.P2}</p><p>{TestPages.P3}</p><p>{TestPages.P4}</p></div></body></html>";
        AssertArticleOnly(Extract(html));
    }
}
