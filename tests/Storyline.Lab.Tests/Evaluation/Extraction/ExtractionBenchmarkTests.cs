using Storyline.Lab.Evaluation.Extraction;
using Storyline.Ingest.Html;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Extraction;

public sealed class ExtractionBenchmarkTests
{
    /// <summary>Measured 0.9685 (storyline eval extraction); the floor leaves 0.005 for neutral refactors.</summary>
    private const double F1Floor = 0.9635;

    [SharedDataFact]
    public void ExtractorKeepsItsBenchmarkF1()
    {
        var dir = SharedData.Path("data", "extraction", "scrapinghub");
        var truth = BenchmarkFiles.ReadBodies(Path.Combine(dir, "ground-truth.json"));
        var urls = BenchmarkFiles.ReadUrls(Path.Combine(dir, "ground-truth.json"));
        var scores = new List<ShingleScore>();
        foreach (var (id, expected) in truth)
        {
            var html = HtmlCharset.Decode(BenchmarkFiles.ReadPage(Path.Combine(dir, "html"), id)).Text;
            var url = Uri.TryCreate(urls.GetValueOrDefault(id), UriKind.Absolute, out var u) ? u : null;
            scores.Add(ShingleMetric.Score(expected, HtmlExtractor.Extract(html, url).Body));
        }
        var total = ShingleMetric.Aggregate(scores);
        Assert.Equal(181, total.Pages);
        Assert.True(total.F1 >= F1Floor, $"F1 {total.F1:F4} fell below the floor {F1Floor}");
        Assert.True(total.Accuracy > 0.293, $"accuracy {total.Accuracy:F4} is not ahead of trafilatura's 0.293");
    }

    [SharedDataFact]
    public void StoredPeerOutputsReproducePublishedFigures()
    {
        var dir = SharedData.Path("data", "extraction", "scrapinghub");
        var truth = BenchmarkFiles.ReadBodies(Path.Combine(dir, "ground-truth.json"));
        var trafilatura = BenchmarkFiles.Score(truth, BenchmarkFiles.ReadBodies(Path.Combine(dir, "peer-outputs", "trafilatura.json")));
        var autoExtract = BenchmarkFiles.Score(truth, BenchmarkFiles.ReadBodies(Path.Combine(dir, "peer-outputs", "AutoExtract.json")));
        Assert.Equal(0.958, trafilatura.F1, 3);
        Assert.Equal(0.293, trafilatura.Accuracy, 3);
        Assert.Equal(0.970, autoExtract.F1, 3);
    }
}
