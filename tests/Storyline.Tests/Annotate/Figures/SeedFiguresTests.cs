using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Figures;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Annotate.Figures;

public sealed class SeedFiguresTests
{
    [SharedDataFact]
    public void SeventyTwoHourDeadlineIsFoundInTheThreeSeedArticlesThatGiveIt()
    {
        var files = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(5, files.Count);
        int withDeadline = 0;
        foreach (var file in files)
        {
            var figures = FigureExtractorTests.Figures(File.ReadAllText(file));
            if (figures.Any(f => f.Value == 72 && f.Unit == "hour")) withDeadline++;
        }
        Assert.Equal(3, withDeadline);
    }

    [SharedDataFact]
    public void StoryLedgerOverTheSeedsHasOneDeadlineCitingThreeArticles()
    {
        var pipeline = TestModels.Pipeline();
        var published = new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero);
        var articles = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select((f, i) => pipeline.Annotate(new Article("a" + i, f, File.ReadAllText(f), new ArticleMetadata { Published = published })))
            .ToImmutableArray();
        var figures = pipeline.Analyze(new Story("seeds", articles)).Figures;
        var deadline = Assert.Single(figures, f => f.Value == 72 && f.Unit == "hour");
        Assert.Equal(3, deadline.Citations.Select(c => c.ArticleId).Distinct().Count());
        Assert.Contains(figures, f => f.Unit == "mercenary" && f.Value == 400 && f.About!.Contains("deployed in Venezuela"));
    }
}
