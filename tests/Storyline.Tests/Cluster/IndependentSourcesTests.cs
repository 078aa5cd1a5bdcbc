using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

public sealed class IndependentSourcesTests
{
    [Fact]
    public void CopiesCountOnceWithTheirOriginal()
    {
        var original = Make("a1", "Original report.");
        var copy = Make("a2", "Original report, re-posted.").WithDuplicateOf("a1");
        var other = Make("a3", "An independent report.");
        Assert.Equal(2, IndependentSources.Count([original, copy, other]));
    }

    [Fact]
    public void ACopyWhoseOriginalIsAbsentStillCountsOnce()
    {
        var copy1 = Make("a2", "Wire text.").WithDuplicateOf("a1");
        var copy2 = Make("a3", "Wire text again.").WithDuplicateOf("a1");
        Assert.Equal(1, IndependentSources.Count([copy1, copy2]));
    }
}
