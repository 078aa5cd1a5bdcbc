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
        Assert.Contains(table.Notes, n => n.Contains("mlnet: row skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(table.Notes, n => n.Contains("NaN", StringComparison.Ordinal));
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
