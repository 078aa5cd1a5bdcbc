using Storyline.Ingest;
using Storyline.Problems;

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

    // Issue 19, case 1: a folder with "a -> ." made digest hang (538 MB after 90 s); "self -> .." read each file 41 times.

    [Fact]
    public void Folder_link_to_itself_is_not_followed_and_is_reported_once()
    {
        Touch("a.txt");
        Touch("b.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "loop"), ".");
        var c = InputCollector.Collect([_dir]);
        Assert.Equal(["a.txt", "b.txt"], c.Files.Select(f => Path.GetRelativePath(_dir, f)));
        var notice = Assert.Single(c.Problems);
        Assert.Equal(ProblemCodes.FolderLinkLoop, notice.Code);
        Assert.Equal(ProblemSeverity.Notice, notice.Severity);
        Assert.Equal(Path.Combine(_dir, "loop"), notice.Source);
    }

    [Fact]
    public void Folder_link_to_the_parent_reads_each_file_once()
    {
        Touch("top.txt");
        Touch("sub/inner.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "self"), "..");
        var c = InputCollector.Collect([_dir]);
        Assert.Equal(["sub/inner.txt", "top.txt"], c.Files.Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(ProblemCodes.FolderLinkLoop, Assert.Single(c.Problems).Code);
    }

    [Fact]
    public void Two_links_into_each_other_end_with_every_file_once()
    {
        // two loops that together would branch exponentially
        Touch("x/one.txt");
        Touch("y/two.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "x", "to-y"), "../y");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "y", "to-x"), "../x");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "x", "up"), "..");
        var c = InputCollector.Collect([_dir, Path.Combine(_dir, "**", "*.txt")]);
        Assert.Equal(2, c.Files.Length);
        Assert.All(c.Problems, p => Assert.Equal(ProblemCodes.FolderLinkLoop, p.Code));
    }

    [Fact]
    public void Folder_link_outside_the_tree_is_followed()
    {
        var outside = Directory.CreateTempSubdirectory("storyline-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "far.txt"), "x");
            Touch("near.txt");
            Directory.CreateSymbolicLink(Path.Combine(_dir, "linked"), outside);
            var c = InputCollector.Collect([_dir]);
            Assert.Equal(["linked/far.txt", "near.txt"], c.Files.Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/')));
            Assert.Empty(c.Problems);
        }
        finally { Directory.Delete(outside, recursive: true); }
    }

    [Fact]
    public void File_reached_through_a_link_and_directly_is_listed_once()
    {
        var a = Touch("a.txt");
        File.CreateSymbolicLink(Path.Combine(_dir, "alias.txt"), a);
        Assert.Single(InputCollector.Collect([_dir]).Files);
    }

    [Fact]
    public void Link_to_nothing_is_reported_as_such()
    {
        var link = Path.Combine(_dir, "dangling.txt");
        File.CreateSymbolicLink(link, Path.Combine(_dir, "gone.txt"));
        var c = InputCollector.Collect([link]);
        Assert.Empty(c.Files);
        Assert.Contains("link to nothing", Assert.Single(c.Problems).Reason);
    }

    [Fact]
    public void Real_path_resolves_links_component_by_component()
    {
        Touch("real/f.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "via"), "real");
        var real = InputCollector.RealPath(Path.Combine(_dir, "real"));
        Assert.Equal(real, InputCollector.RealPath(Path.Combine(_dir, "via")));
        // "via/.." is the parent of the link's target, which here is the same folder as lexically
        Assert.Equal(InputCollector.RealPath(_dir), InputCollector.RealPath(Path.Combine(_dir, "via", "..")));
    }
}
