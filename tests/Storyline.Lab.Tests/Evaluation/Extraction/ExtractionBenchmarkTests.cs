using Storyline.Lab.Evaluation.Extraction;
using Storyline.Ingest.Html;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Extraction;

public sealed class ExtractionBenchmarkTests
{
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
