using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clean;

/// <summary>Every removal a digest lists gives a reason from the one catalogue, from HTML pages and text alike.</summary>
public sealed class RemovalReasonCatalogueTests
{
    [Fact]
    public void Every_removal_in_the_samples_digest_has_a_catalogued_reason()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) dir = dir.Parent;
        var files = Directory.GetFiles(Path.Combine(dir!.FullName, "samples")).Order(StringComparer.Ordinal).ToArray();
        var result = new Digester(TestModels.Options()).Run(files);
        var removals = result.Articles.SelectMany(a => a.Removed).ToList();
        Assert.True(removals.Count >= 5, "the samples carry page furniture and scraping noise");
        Assert.All(removals, r => Assert.True(RemovalReasons.All.Contains(r.Reason), r.Reason));
    }

    [Fact]
    public void The_catalogue_names_each_reason_once()
    {
        var values = typeof(RemovalReasons).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(values.Count, RemovalReasons.All.Count);
    }
}
