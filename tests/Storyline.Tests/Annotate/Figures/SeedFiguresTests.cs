using Storyline.Annotate.Figures;
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
}
