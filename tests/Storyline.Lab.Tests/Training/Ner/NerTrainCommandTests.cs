using Storyline.Tests.Support;

namespace Storyline.Tests.Annotate.Entities;

public sealed class NerTrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-ner-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Train(params string[] extra)
    {
        var conll = Path.Combine(_dir, "tiny.conll");
        File.WriteAllText(conll, "-DOCSTART- O\n\nIvo B-PER\nMarsh I-PER\nleft O\nOrmsby B-LOC\n. O\n\n");
        return LabRunner.Run(["train", "ner", "--train", conll, "--dev", conll, "--out", Path.Combine(_dir, "m.bin.gz"), .. extra]);
    }

    [Theory]
    [InlineData("--embedding-dims 5000", "--embedding-dims must be between")]
    [InlineData("--embedding-dims -1", "--embedding-dims must be between")]
    [InlineData("--embedding-dims 8 --embedding-source cbow", "unknown --embedding-source")]
    public void Bad_embedding_options_end_with_one_clear_line(string options, string message)
    {
        var text = Path.Combine(_dir, "news.txt");
        File.WriteAllText(text, "Ivo Marsh left Ormsby on Monday .");

        var r = Train(["--unlabelled", text, .. options.Split(' ')]);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "m.bin.gz")));
    }

    [Theory]
    [InlineData("--update adagrad", "unknown --update")]
    [InlineData("--update pa --pa-c 0", "--pa-c must be a positive number")]
    [InlineData("--update pa --pa-c -1", "--pa-c must be a positive number")]
    [InlineData("--pa-c 0.1", "need --update pa")]
    [InlineData("--cost-augmented", "need --update pa")]
    [InlineData("--min-feature-count 0", "--min-feature-count must be at least 1")]
    public void Bad_learner_options_end_with_one_clear_line(string options, string message)
    {
        var r = Train(options.Split(' '));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "m.bin.gz")));
    }

    [Fact]
    public void Embedding_features_without_unlabelled_text_are_refused()
    {
        var r = Train("--embedding-dims", "8");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("need --unlabelled", r.Stderr);
    }
}
