using Storyline.Lab.Evaluation.Quotes;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Quotes;

public class PolnearDatasetTests
{
    private static string Polnear => SharedData.Path("data", "quotes", "polnear", "attributions-train-dev.jsonl");

    [Fact]
    public void Missing_dataset_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => PolnearDataset.Load("/nonexistent/attributions.jsonl", "dev"));
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void Rows_of_another_split_only_is_a_clear_error()
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "a.jsonl");
        File.WriteAllText(path, "{\"split\": \"train\", \"article\": \"x\", \"annotator\": \"a\", \"content\": [{\"spans\": [[0, 3]]}]}\n");
        var e = Assert.Throws<InvalidDataException>(() => PolnearDataset.Load(path, "dev"));
        Assert.Contains("no attributions", e.Message);
        dir.Delete(true);
    }

    [Fact]
    public void Reads_article_text_beside_the_file_and_flags_direct_quotes()
    {
        var dir = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(dir.FullName, "dev", "text"));
        File.WriteAllText(Path.Combine(dir.FullName, "dev", "text", "x.txt"), "\"We stay,\" she said.");
        var path = Path.Combine(dir.FullName, "a.jsonl");
        File.WriteAllText(path, "{\"split\": \"dev\", \"article\": \"x\", \"annotator\": \"a\", \"content\": [{\"spans\": [[0, 10]]}], \"source\": [{\"spans\": [[11, 14]]}]}\n");
        var article = Assert.Single(PolnearDataset.Load(path, "dev"));
        var attribution = Assert.Single(Assert.Single(article.Annotations).Attributions);
        Assert.True(attribution.Direct);
        Assert.Equal(3, attribution.Source[0].Length);
        dir.Delete(true);
    }

    /// <summary>Floor: the measured PolNeAR dev scores (docs/quotes.md) minus 0.01.</summary>
    [SharedDataFact]
    public void Dev_scores_stay_above_the_recorded_floor()
    {
        var result = QuoteEvaluation.Run(PolnearDataset.Load(Polnear, "dev"));
        Assert.True(result.Direct.F1 >= DevFloor.DirectF1, $"direct content F1 {result.Direct.F1:F4}");
        Assert.True(result.Direct.SourceAccuracy >= DevFloor.DirectSource, $"direct source accuracy {result.Direct.SourceAccuracy:F4}");
        Assert.True(result.All.F1 >= DevFloor.AllF1, $"all content F1 {result.All.F1:F4}");
    }

    /// <summary>Measured on dev (docs/quotes.md): direct F1 0.9152, direct source 0.9391, all F1 0.5579; each minus 0.01.</summary>
    private static class DevFloor
    {
        public const double DirectF1 = 0.9052;
        public const double DirectSource = 0.9291;
        public const double AllF1 = 0.5479;
    }
}
