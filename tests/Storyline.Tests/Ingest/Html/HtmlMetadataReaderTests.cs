using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlMetadataReaderTests
{
    private static HtmlMetadata Meta(string head, string body = "", string? url = "https://www.gazette.example/news/ferry-pier") =>
        HtmlExtractor.Extract(TestPages.Article(head: head, inside: body), url is null ? null : new Uri(url)).Metadata;

    [Fact]
    public void ReadsMetaTags()
    {
        var m = Meta("""
            <meta property="og:title" content="Ferry pier to close">
            <meta name="author" content="By Jane Marlow">
            <meta property="article:published_time" content="2024-03-05T09:14:00+01:00">
            <meta property="og:site_name" content="Harbour Gazette">
            """);
        Assert.Equal("Ferry pier to close", m.Title);
        Assert.Equal("Jane Marlow", m.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 14, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.False(m.PublishedDateOnly);
        Assert.Equal("meta", m.PublishedSource);
        Assert.Equal("Harbour Gazette", m.Outlet);
    }

    [Fact]
    public void ReadsJsonLdIncludingGraphsAndAuthorLists()
    {
        var m = Meta("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":["NewsArticle"],"headline":"Pier closes","datePublished":"2024-03-05",
               "author":[{"@type":"Person","name":"Jane Marlow"},{"@type":"Person","name":"Tom Reyes"}],
               "publisher":{"@type":"Organization","name":"Harbour Gazette Ltd"},"inLanguage":"en"}]}
            </script>
            <script type="application/ld+json">{ this is not json }</script>
            """);
        Assert.Equal("Jane Marlow, Tom Reyes", m.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), m.Published);
        Assert.True(m.PublishedDateOnly);
        Assert.Equal("json-ld", m.PublishedSource);
        Assert.Equal("Harbour Gazette Ltd", m.Outlet);
    }

    [Fact]
    public void ReadsTimeElement()
    {
        var m = Meta("", body: "<p><time datetime=\"2024-03-05T08:00:00Z\">5 March</time></p>");
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero), m.Published);
        Assert.Equal("time", m.PublishedSource);
    }

    [Fact]
    public void FallsBackToTheDateInTheUrl()
    {
        var m = Meta("", url: "https://gazette.example/2024/03/05/ferry-pier/");
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), m.Published);
        Assert.True(m.PublishedDateOnly);
        Assert.Equal("url", m.PublishedSource);
        Assert.True(m.ToArticleMetadata(null).PublishedInferred);
    }

    [Fact]
    public void FallsBackToTheVisibleDateline()
    {
        var m = Meta("", body: "<p>Posted on March 4, 2024</p>", url: null);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero), m.Published);
        Assert.Equal("dateline", m.PublishedSource);
    }

    [Fact]
    public void MetaBeatsJsonLdBeatsTimeBeatsUrl()
    {
        var m = Meta("""
            <meta property="article:published_time" content="2024-03-01T10:00:00Z">
            <script type="application/ld+json">{"@type":"Article","datePublished":"2024-03-02"}</script>
            """, body: "<time datetime=\"2024-03-03\">3 March</time>", url: "https://gazette.example/2024/03/04/x");
        Assert.Equal(1, m.Published!.Value.Day);
    }

    [Fact]
    public void ReadsLanguageCanonicalUrlAndTitleFallback()
    {
        var m = Meta("<link rel=\"canonical\" href=\"/news/ferry-pier-closes\">");
        Assert.Equal("en", m.Language);
        Assert.Equal("https://www.gazette.example/news/ferry-pier-closes", m.CanonicalUrl);
        Assert.Equal("Ferry pier to close", m.Title); // from <title>, site suffix removed
    }

    [Fact]
    public void OutletFallsBackToTheHostName()
    {
        Assert.Equal("gazette.example", Meta("").Outlet);
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("999999999999999999")]
    [InlineData("not a date")]
    [InlineData("1850-01-01")]
    public void ImplausibleDatesAreIgnoredNotThrown(string value)
    {
        var m = Meta($"<meta property=\"article:published_time\" content=\"{value}\">", url: null);
        Assert.NotEqual("meta", m.PublishedSource);
    }

    [Fact]
    public void ReadsUnixTimestamps()
    {
        var m = Meta("<meta name=\"pubdate\" content=\"1700000000\">");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), m.Published);
    }

    [Fact]
    public void IgnoresProfileUrlsAsAuthors()
    {
        Assert.Null(Meta("<meta property=\"article:author\" content=\"https://facebook.example/jane\">").Author);
    }

    [Theory]
    [InlineData("Ferry pier to close - Harbour Gazette", "Harbour Gazette", "Ferry pier to close")]
    [InlineData("Ferry pier to close | harbour gazette", "Harbour Gazette", "Ferry pier to close")]
    [InlineData("Ferry pier to close - Local News | Harbour Gazette", "Harbour Gazette", "Ferry pier to close - Local News")]
    [InlineData("Ferry pier to close - Harbour Gazette", "Coastline Wire", "Ferry pier to close - Harbour Gazette")] // another name: kept
    [InlineData("Gazette | Harbour Gazette", "Harbour Gazette", "Gazette | Harbour Gazette")]                      // nothing left but a word
    [InlineData("Harbour Gazette reopens its pier office", "Harbour Gazette", "Harbour Gazette reopens its pier office")]
    public void A_title_loses_a_trailing_outlet_name(string title, string outlet, string expected) =>
        Assert.Equal(expected, HtmlMetadataReader.WithoutOutletSuffix(title, outlet));

    [Fact]
    public void The_page_title_is_read_without_the_site_name()
    {
        var m = Meta("""
            <meta property="og:title" content="Ferry pier to close for repairs - Harbour Gazette">
            <meta property="og:site_name" content="Harbour Gazette">
            """);
        Assert.Equal("Ferry pier to close for repairs", m.Title);
        Assert.Equal("Harbour Gazette", m.Outlet);
    }

    [Theory]
    [InlineData("https://www.harbourgazette.example", "harbourgazette.example")]
    [InlineData("http://harbourgazette.example/", "harbourgazette.example")]
    [InlineData("Harbour Gazette", "Harbour Gazette")]
    public void A_site_name_given_as_a_url_reads_as_its_host(string value, string expected) =>
        Assert.Equal(expected, HtmlMetadataReader.OutletName(value));
}
