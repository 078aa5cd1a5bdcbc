using Storyline.Report;

namespace Storyline.Tests.Report;

public sealed class ReportTextTests
{
    private static ReportArticle Article(string id, string? outlet) =>
        new(id, id + ".txt", outlet, null, null, null, false, "en", "text", [], null, null);

    [Fact]
    public void Articles_without_an_outlet_are_not_counted_as_outlets_each()
    {
        var articles = new[] { Article("a1", "Harbor Times"), Article("a2", "harbor times"), Article("a3", "Valley Post"), Article("a4", null), Article("a5", null) };
        Assert.Equal("2 outlets + 2 unnamed", ReportText.OutletCount(articles));
        Assert.Equal("1 outlet", ReportText.OutletCount([Article("a1", "Harbor Times")]));
    }
}
