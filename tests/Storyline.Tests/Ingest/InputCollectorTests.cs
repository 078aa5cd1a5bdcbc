using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public sealed class InputCollectorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-collect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void Collect_reads_folders_recursively_in_sorted_order()
    {
        Touch("b.txt");
        Touch("a.txt");
        Touch("sub/c.html");
        var c = InputCollector.Collect([_dir]);
        Assert.Equal(["a.txt", "b.txt", "sub/c.html"], c.Files.Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')));
        Assert.Empty(c.Problems);
    }

    [Fact]
    public void Collect_expands_globs_including_double_star()
    {
        Touch("a.txt");
        Touch("b.json");
        Touch("deep/x/c.txt");
        Assert.Single(InputCollector.Collect([Path.Combine(_dir, "*.txt")]).Files);
        Assert.Equal(2, InputCollector.Collect([Path.Combine(_dir, "**/*.txt")]).Files.Length);
    }

    [Fact]
    public void Collect_reports_missing_paths_and_empty_patterns()
    {
        var c = InputCollector.Collect([Path.Combine(_dir, "nope.txt"), Path.Combine(_dir, "*.xml")]);
        Assert.Empty(c.Files);
        Assert.Equal(2, c.Problems.Length);
        Assert.Contains(c.Problems, p => p.Reason == "no such file or folder");
        Assert.Contains(c.Problems, p => p.Reason == "pattern matches no file");
    }

    [Fact]
    public void Collect_lists_a_file_named_twice_once()
    {
        var a = Touch("a.txt");
        Assert.Single(InputCollector.Collect([a, a, _dir]).Files);
    }
}
