using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

public sealed class BackgroundFrequenciesTests
{
    private static readonly string[] Texts =
    [
        "The harbour reopened after the storm passed.",
        "Ferry crews returned to the harbour on Monday.",
        "Storm damage closed the coastal road for a week.",
        "The council said the harbour repairs would cost more.",
    ];

    private static byte[] Bytes(BackgroundFrequencies table)
    {
        using var stream = new MemoryStream();
        table.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SaveThenLoadGivesTheSameCounts()
    {
        var table = BackgroundFrequencies.Build(Texts, minDocuments: 1, maxTerms: 1000);
        var loaded = BackgroundFrequencies.Load(new MemoryStream(Bytes(table)));
        Assert.Equal(table.Documents, loaded.Documents);
        Assert.Equal(table.Frequencies.OrderBy(kv => kv.Key), loaded.Frequencies.OrderBy(kv => kv.Key));
        Assert.Equal(3, loaded.Frequencies[StableHash.Of("harbour")]);
    }

    [Fact]
    public void TheTableDoesNotDependOnTheOrderOfTheTexts()
    {
        var forward = BackgroundFrequencies.Build(Texts, 1, 1000);
        var backward = BackgroundFrequencies.Build(Texts.Reverse(), 1, 1000);
        Assert.Equal(Bytes(forward), Bytes(backward));
    }

    [Fact]
    public void RareTermsAndTermsPastTheCapAreLeftOut()
    {
        var table = BackgroundFrequencies.Build(Texts, minDocuments: 2, maxTerms: 1000);
        Assert.True(table.Frequencies.ContainsKey(StableHash.Of("harbour")));
        Assert.False(table.Frequencies.ContainsKey(StableHash.Of("ferri")));
        var capped = BackgroundFrequencies.Build(Texts, minDocuments: 1, maxTerms: 1);
        Assert.Equal(new[] { StableHash.Of("harbour") }, capped.Frequencies.Keys.ToArray()); // the most frequent one
    }

    [Fact]
    public void AFileThatIsNotATableIsRejected()
    {
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream("not a table"u8.ToArray())));
        var truncated = Bytes(BackgroundFrequencies.Build(Texts, 1, 1000))[..20];
        Assert.Throws<InvalidDataException>(() => BackgroundFrequencies.Load(new MemoryStream(truncated)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AWordCommonInTheBackgroundNoLongerLinksTwoArticles(bool lowerOfTheTwo)
    {
        // the two articles share one word; in a fresh stream it is as rare as any, in the background it is in every text
        var a = Make("a", "Harbour gulls.");
        var b = Make("b", "Harbour choirs.", hours: 1);
        Assert.Single(new OnlineStoryGrouper().Group([a, b]).Stories);
        var background = BackgroundFrequencies.Build(Enumerable.Repeat("The harbour reopened.", 200), 1, 1000);
        var settings = StoryClustererSettings.Default with { Background = background, BackgroundWeight = 1, BackgroundMin = lowerOfTheTwo };
        Assert.Equal(2, new OnlineStoryGrouper(settings).Group([a, b]).Stories.Length);
    }

    [Fact]
    public void WithoutAWeightTheBackgroundIsIgnored()
    {
        var a = Make("a", "Harbour gulls.");
        var b = Make("b", "Harbour choirs.", hours: 1);
        var background = BackgroundFrequencies.Build(Enumerable.Repeat("The harbour reopened.", 200), 1, 1000);
        Assert.Single(new OnlineStoryGrouper(StoryClustererSettings.Default with { Background = background }).Group([a, b]).Stories);
    }
}
