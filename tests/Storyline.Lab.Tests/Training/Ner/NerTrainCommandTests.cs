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

    [Fact]
    public void A_missing_unlabelled_source_ends_with_one_clear_line()
    {
        var r = Train("--unlabelled", Path.Combine(_dir, "no-such-news.txt"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unlabelled text source not found", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "m.bin.gz")));
    }
}
