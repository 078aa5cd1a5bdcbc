using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

/// <summary>Issue 19, case 6: "file://" and "ftp://" inputs were reported as "no such file or folder", and "-" failed.</summary>
public class InputAddressTests
{
    [Theory]
    [InlineData("news/a.txt", InputKind.Path)]
    [InlineData("/abs/a.html", InputKind.Path)]
    [InlineData("notes:monday.txt", InputKind.Path)]
    [InlineData(@"C:\news\a.txt", InputKind.Path)]
    [InlineData("-", InputKind.StandardInput)]
    [InlineData("http://example.com/a", InputKind.Url)]
    [InlineData("HTTPS://example.com/a", InputKind.Url)]
    [InlineData("ftp://example.com/a.txt", InputKind.Unsupported)]
    [InlineData("sftp://example.com/a.txt", InputKind.Unsupported)]
    [InlineData("mailto:editor@example.com", InputKind.Unsupported)]
    [InlineData("data:text/plain,hello", InputKind.Unsupported)]
    public void Classify_tells_paths_urls_and_standard_input_apart(string input, InputKind kind) =>
        Assert.Equal(kind, InputAddress.Classify(input, out _));

    [Fact]
    public void File_url_becomes_its_local_path()
    {
        Assert.Equal(InputKind.Path, InputAddress.Classify("file:///tmp/news%20today/a.txt", out var path));
        Assert.Equal("/tmp/news today/a.txt", path);
    }
}
