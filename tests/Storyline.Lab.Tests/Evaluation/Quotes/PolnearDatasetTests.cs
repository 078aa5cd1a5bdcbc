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
}
