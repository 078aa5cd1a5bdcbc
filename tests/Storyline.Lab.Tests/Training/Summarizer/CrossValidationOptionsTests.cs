using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

/// <summary>Bad <c>--cv-folds</c> / <c>--cv-grid</c> values end <c>eval summarization</c> with one plain line, before any work.</summary>
public sealed class CrossValidationOptionsTests : IDisposable
{
    private readonly string _dataset = Path.Combine(Directory.CreateTempSubdirectory("storyline-cv-").FullName, "clusters.jsonl");

    public CrossValidationOptionsTests() =>
        File.WriteAllText(_dataset, "{\"documents\": [\"A bridge collapsed on Tuesday.\"], \"summary\": \"A bridge collapsed.\"}\n");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dataset)!, recursive: true);

    [Theory]
    [InlineData("--cv-folds 1 --cv-grid DropParentheticals=false,true", "--cv-folds must be 0 (off) or at least 2")]
    [InlineData("--cv-folds 5", "--cv-folds needs at least one --cv-grid")]
    [InlineData("--cv-folds 2 --cv-grid DropParentheticals", "--cv-grid expects Name=v1,v2")]
    [InlineData("--cv-folds 2 --cv-grid NoSuchSetting=1,2", "unknown summarizer setting 'NoSuchSetting'")]
    [InlineData("--cv-folds 2 --cv-grid DropParentheticals=maybe", "'maybe' is not a valid Boolean for DropParentheticals")]
    public void Bad_cross_validation_options_give_one_clear_line(string options, string message)
    {
        var r = LabRunner.Run(["eval", "summarization", "--dataset", _dataset, .. options.Split(' ')]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
    }
}
