using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

public sealed class SummarizerTrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-summarizer-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Train(params string[] extra)
    {
        // invented: one cluster of two reports and a human summary
        var data = Path.Combine(_dir, "tiny.jsonl");
        File.WriteAllText(data, """
            {"documents": ["The tidal barrier at Marlow Bay collapsed on Tuesday night and flooded the harbour district.", "Engineers said the Marlow Bay barrier failed during a spring tide."], "summary": "The Marlow Bay tidal barrier collapsed during a spring tide, flooding the harbour."}
            """);
        return LabRunner.Run(["train", "summarizer", "--dataset", data, "--skip", "0", .. extra]);
    }

    [Theory]
    [InlineData("--features cheap", "--features must be counts, size-free or size-free-docs")]
    [InlineData("--function-words", "--out is required")]
    public void Bad_options_end_with_one_clear_line(string options, string message)
    {
        var r = Train(options.Split(' '));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void A_model_file_that_is_not_a_concept_model_is_named_in_the_error()
    {
        var notModel = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(notModel, "not a model");

        var r = Train("--diagnose", "--model", notModel);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("concept model " + notModel, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void A_missing_rouge_data_folder_is_a_clear_error()
    {
        var r = Train("--function-words", "--out", Path.Combine(_dir, "fw.txt.gz"), "--rouge-data", Path.Combine(_dir, "no-such-folder"));

        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "fw.txt.gz")));
    }
}
