using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Feeds;
using Storyline.Problems;

namespace Storyline.Tests.Ingest.Feeds;

public sealed class FeedArticleReaderTests
{
    private readonly FeedArticleReader _reader = new();

    private ReadResult Read(string xml, string source = "feed.xml") =>
        _reader.Read(new InputDocument(source, Encoding.UTF8.GetBytes(xml)), xml);

    [Fact]
    public void ReadsRss2Items()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
                <item><title>Ferry pier to close</title><link>https://gazette.example/pier</link>
                  <pubDate>Tue, 05 Mar 2024 09:14:00 GMT</pubDate><dc:creator>Jane Marlow</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The harbour authority voted to close the pier.</p><p>Residents asked for a shuttle.</p><script>x()</script>]]></content:encoded>
                </item>
                <item><title>Tide tables updated</title><guid>https://gazette.example/tides</guid><pubDate>Wed, 06 Mar 2024 07:00:00 +0100</pubDate>
                  <description>&lt;p&gt;New tables are out.&lt;/p&gt;</description></item>
              </channel>
            </rss>
            """;
        var result = Read(xml);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Drafts.Length);
        var first = result.Drafts[0];
        Assert.Equal("feed.xml#1", first.Source);
        Assert.Equal("The harbour authority voted to close the pier.\nResidents asked for a shuttle.", first.Body);
        Assert.Equal("Ferry pier to close", first.Metadata.Title);
        Assert.Equal("https://gazette.example/pier", first.Metadata.Url);
        Assert.Equal("Jane Marlow", first.Metadata.Author);
        Assert.Equal("Harbour Gazette", first.Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 14, 0, TimeSpan.Zero), first.Metadata.Published);
        var second = result.Drafts[1];
        Assert.Equal("New tables are out.", second.Body);
        Assert.Equal("https://gazette.example/tides", second.Metadata.Url);
        Assert.Equal(TimeSpan.FromHours(1), second.Metadata.Published!.Value.Offset);
    }

    [Fact]
    public void ReadsAtomEntries()
    {
        var xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Weekly</title>
              <entry><title type="text">Lighthouse repainted</title>
                <link rel="alternate" href="https://coast.example/lighthouse"/><link rel="edit" href="https://coast.example/edit/1"/>
                <published>2024-03-05T10:00:00-05:00</published><updated>2024-03-06T10:00:00Z</updated>
                <author><name>Tom Reyes</name></author>
                <content type="html">&lt;p&gt;Volunteers repainted the lighthouse.&lt;/p&gt;</content></entry>
              <entry><title>Plain entry</title><link href="https://coast.example/plain"/><updated>2024-03-07T00:00:00Z</updated>
                <summary>Text with &lt;angle&gt; brackets kept literally.</summary></entry>
            </feed>
            """;
        var result = Read(xml);
        Assert.Equal(2, result.Drafts.Length);
        var d = result.Drafts[0];
        Assert.Equal("Volunteers repainted the lighthouse.", d.Body);
        Assert.Equal("https://coast.example/lighthouse", d.Metadata.Url);
        Assert.Equal("Tom Reyes", d.Metadata.Author);
        Assert.Equal("Coast Weekly", d.Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.FromHours(-5)), d.Metadata.Published);
        Assert.Equal("Text with <angle> brackets kept literally.", result.Drafts[1].Body);
    }

    [Fact]
    public void ReadsRdfItems()
    {
        var xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example/"><title>Old Press</title></channel>
              <item rdf:about="https://old.example/a"><title>Bridge reopens</title><link>https://old.example/a</link>
                <description>The bridge reopened after repairs.</description><dc:date>2024-03-05</dc:date></item>
            </rdf:RDF>
            """;
        var d = Assert.Single(Read(xml).Drafts);
        Assert.Equal("Bridge reopens", d.Metadata.Title);
        Assert.Equal("Old Press", d.Metadata.Outlet);
        Assert.Equal("The bridge reopened after repairs.", d.Body);
        Assert.True(d.Metadata.PublishedDateOnly);
    }

    [Fact]
    public void MalformedXmlIsAProblemNotAnException()
    {
        var result = Read("<rss><channel><item><title>Broken</channel></rss>");
        Assert.Empty(result.Drafts);
        Assert.StartsWith("not a well-formed feed", Assert.Single(result.Problems).Reason);
    }

    [Fact]
    public void UnknownRootIsAProblem()
    {
        Assert.Contains("not an RSS, Atom or RDF feed", Assert.Single(Read("<html><body/></html>").Problems).Reason);
    }

    [Fact]
    public void EntityExpansionIsNotFollowed()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>T</title><item><title>&x;</title><description>Body text.</description></item></channel></rss>""";
        var result = Read(xml);
        Assert.DoesNotContain(result.Drafts, d => (d.Metadata.Title ?? "").Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void SniffsFeedsAndOutscoresHtml()
    {
        var doc = new InputDocument("download", Array.Empty<byte>());
        Assert.IsType<FeedArticleReader>(ReaderRegistry.Choose(ReaderRegistry.Default, doc, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><description>&lt;html&gt;</description>"));
        Assert.IsType<FeedArticleReader>(ReaderRegistry.Choose(ReaderRegistry.Default, doc, "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        Assert.Equal(0, _reader.Score(doc, "<html><body>"));
    }

    // Issue 19, case 6: a feed with one malformed item lost its good items.

    [Fact]
    public void One_malformed_item_costs_that_item_only()
    {
        var xml = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Gazette</title>
              <item><title>Pier closes</title><dc:creator>Jane Marlow</dc:creator><description>The harbour authority voted to close the pier.</description></item>
              <item><title>Broken &nope; item</title><description>an <b>unclosed tag</description></item>
              <item><title>Tides updated</title><description>New tide tables are out.</description></item>
            </channel></rss>
            """;
        var result = Read(xml);
        Assert.Equal(["Pier closes", "Tides updated"], result.Drafts.Select(d => d.Metadata.Title));
        Assert.Equal(["feed.xml#1", "feed.xml#3"], result.Drafts.Select(d => d.Source)); // numbered as in the feed
        Assert.Equal("Jane Marlow", result.Drafts[0].Metadata.Author); // namespaces of the root still apply
        Assert.Equal("Harbour Gazette", result.Drafts[1].Metadata.Outlet);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("feed.xml#2", problem.Source);
        Assert.Equal(ProblemCodes.FeedItemMalformed, problem.Code);
    }

    [Fact]
    public void Html_entities_in_a_feed_are_read_not_refused()
    {
        var xml = """<rss version="2.0"><channel><title>Gazette</title><item><title>Caf&eacute;&nbsp;reopens</title><description>Fish &amp; chips again.</description></item></channel></rss>""";
        var result = Read(xml);
        Assert.Empty(result.Problems);
        Assert.Equal("Café reopens", Assert.Single(result.Drafts).Metadata.Title);
    }

    [Fact]
    public void Broken_channel_around_good_items_is_still_one_problem()
    {
        var result = Read("<rss><channel><title>T</title><item><title>A</title></item><oops></channel></rss>");
        Assert.Empty(result.Drafts);
        Assert.Equal(ProblemCodes.FeedMalformed, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void An_aggregator_item_takes_the_outlet_named_in_its_source_element()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour Roundup</title>
              <item><title>Pier closes</title><link>https://gazette.example/pier</link><source url="https://gazette.example/rss">Harbour Gazette</source>
                <description>The harbour authority voted to close the pier on Monday.</description></item>
              <item><title>Tides</title><link>https://roundup.example/tides</link><description>New tide tables are out this week.</description></item>
            </channel></rss>
            """;
        var result = Read(xml);
        Assert.Equal("Harbour Gazette", result.Drafts[0].Metadata.Outlet);
        Assert.Equal("Harbour Roundup", result.Drafts[1].Metadata.Outlet);
    }
}
