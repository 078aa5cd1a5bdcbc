using Storyline.Lab.Datasets.Clustering;
using Storyline.Articles;
using Storyline.Lab.Commands.Eval;
using Storyline.Lab.Evaluation.Clustering;
using Storyline.Tests.Support;

namespace Storyline.Lab.Tests.Evaluation.Clustering;

/// <summary>Issue 19, case 8: the clustering eval died with a stack trace on small sets (ML.NET cannot size an empty vocabulary).</summary>
public sealed class ClusteringEvalSmallSetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-small-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ClusteringDataset Set(params (string Text, string Story)[] rows) =>
        new(rows.Select((r, i) => new LabeledArticle(new Article("a" + i, "row" + i, r.Text), r.Story)).ToList(), []);

    [Fact]
    public void Articles_without_text_get_a_table_without_the_mlnet_row()
    {
        var table = ClusteringEvalCommand.Run(Set(("", "a"), ("", "b")), "blank", baseline: true);
        var mlnet = Assert.Single(table.Rows, r => r.System.StartsWith("mlnet", StringComparison.Ordinal));
        Assert.Equal("no article has text to featurize", mlnet.NotRunReason);
        Assert.Empty(mlnet.Values);
        Assert.DoesNotContain(table.Notes, n => n.Contains("NaN", StringComparison.Ordinal));
    }

    // Issue 17, point 6: ML.NET k-means given k = 2 over two identical texts has one distinct point and throws "too few examples"
    private static ClusteringDataset TwoCopiesInTwoStories() =>
        Set(("The council approved the harbour budget on Monday.", "a"), ("The council approved the harbour budget on Monday.", "b"));

    [Fact]
    public void A_baseline_that_cannot_run_gets_a_row_with_the_reason_and_the_other_rows_stand()
    {
        var table = ClusteringEvalCommand.Run(TwoCopiesInTwoStories(), "copies", baseline: true);
        var mlnet = Assert.Single(table.Rows, r => r.System.StartsWith("mlnet", StringComparison.Ordinal));
        Assert.Contains("too few examples", mlnet.NotRunReason, StringComparison.Ordinal);
        Assert.Contains("k = gold count, 2", mlnet.NotRunReason, StringComparison.Ordinal);
        Assert.Empty(mlnet.Values);
        var storyline = Assert.Single(table.Rows, r => r.System == "storyline");
        Assert.Null(storyline.NotRunReason);
        Assert.NotNull(storyline.Values["bcubed_f1"]);
        Assert.Equal(3, table.Rows.Count(r => r.System.StartsWith("batch ", StringComparison.Ordinal) && r.NotRunReason is null));

        var json = System.Text.Json.Nodes.JsonNode.Parse(table.ToJsonString())!.AsArray();
        var row = json.Single(r => r!["system"]!.GetValue<string>().StartsWith("mlnet", StringComparison.Ordinal))!;
        Assert.Contains("too few examples", row["not_run"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(row["bcubed_f1"]);
        Assert.Null(json.Single(r => r!["system"]!.GetValue<string>() == "storyline")!["not_run"]);
    }

    [Fact]
    public void The_command_on_a_set_kmeans_refuses_prints_the_whole_table_and_exits_zero()
    {
        var path = Path.Combine(_dir, "copies.jsonl");
        var jsonPath = Path.Combine(_dir, "copies.json");
        File.WriteAllText(path,
            "{\"id\":\"1\",\"text\":\"The council approved the harbour budget.\",\"story\":\"a\"}\n" +
            "{\"id\":\"2\",\"text\":\"The council approved the harbour budget.\",\"story\":\"b\"}\n");
        var r = CliRunner.RunProgram("storyline-lab.dll", ["eval", "clustering", "--dataset", path, "--json", jsonPath]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("not run", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("too few examples", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("batch Ward", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
        Assert.Contains("\"not_run\"", File.ReadAllText(jsonPath), StringComparison.Ordinal);
    }

    [Fact]
    public void One_article_is_scored()
    {
        var table = ClusteringEvalCommand.Run(Set(("The council approved the harbour budget on Monday.", "a")), "one", baseline: true);
        Assert.Contains(table.Notes, n => n.Contains("no merge", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_on_a_blank_set_prints_a_table_and_no_stack_trace()
    {
        var path = Path.Combine(_dir, "blank.jsonl");
        File.WriteAllText(path, "{\"id\":\"1\",\"text\":\"\",\"story\":\"a\"}\n{\"id\":\"2\",\"text\":\"\",\"story\":\"b\"}\n");
        var r = CliRunner.RunProgram("storyline-lab.dll", ["eval", "clustering", "--dataset", path]);
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
        Assert.DoesNotContain("Exception", r.Stdout + r.Stderr);
    }
}
