using System.Diagnostics;
using System.Text;
using Storyline.Ingest;
using Storyline.Problems;

namespace Storyline.Tests.Ingest;

/// <summary>
/// Issue 19, cases 6 and 7: FIFOs, /dev/zero and /dev/urandom were all "empty file" (their size says 0); what a
/// stream holds (standard input, a pipe) is read under the same limit as a file.
/// </summary>
public sealed class InputLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-load-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const long OneMiB = 1024 * 1024;

    [Fact]
    public void Empty_regular_file_is_empty()
    {
        var path = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(path, []);
        var loaded = InputLoader.Load(path, OneMiB);
        Assert.Null(loaded.Document);
        var problem = loaded.Problem;
        Assert.Equal(ProblemCodes.InputEmpty, problem!.Code);
    }

    [Fact]
    public void File_over_the_limit_is_refused_with_its_size()
    {
        var path = Path.Combine(_dir, "big.txt");
        File.WriteAllBytes(path, new byte[OneMiB + 1]);
        var loaded = InputLoader.Load(path, OneMiB);
        Assert.Null(loaded.Document);
        var problem = loaded.Problem;
        Assert.Equal(ProblemCodes.InputTooLarge, problem!.Code);
        Assert.Contains("1 MiB limit", problem.Reason);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Endless_device_is_too_large_not_empty(string device)
    {
        if (!File.Exists(device)) return; // not a Unix system: nothing to guard
        var loaded = InputLoader.Load(device, OneMiB);
        Assert.Null(loaded.Document);
        var problem = loaded.Problem;
        Assert.Equal(ProblemCodes.InputTooLarge, problem!.Code);
        Assert.Contains("does not end", problem.Reason);
    }

    [Fact]
    public void Fifo_is_read_for_what_is_written_into_it()
    {
        if (OperatingSystem.IsWindows()) return; // no mkfifo
        var fifo = Path.Combine(_dir, "pipe");
        using (var mk = Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var text = "The harbour reopened on Friday.";
        var writer = Task.Run(() => File.WriteAllText(fifo, text));
        var loaded = InputLoader.Load(fifo, OneMiB);
        writer.Wait(TimeSpan.FromSeconds(30));
        Assert.Null(loaded.Problem);
        Assert.Equal(text, Encoding.UTF8.GetString(loaded.Document!.Bytes.Span));
    }

    [Fact]
    public void Stream_is_read_under_the_limit()
    {
        var loaded = InputLoader.Load("-", new MemoryStream(Encoding.UTF8.GetBytes("hello")), OneMiB);
        Assert.Null(loaded.Problem);
        Assert.Equal("-", loaded.Document!.Source);
        var tooLarge = InputLoader.Load("-", new MemoryStream(new byte[OneMiB + 10]), OneMiB);
        Assert.Null(tooLarge.Document);
        Assert.Equal(ProblemCodes.InputTooLarge, tooLarge.Problem!.Code);
        var empty = InputLoader.Load("-", new MemoryStream(), OneMiB);
        Assert.Null(empty.Document);
        Assert.Equal(ProblemCodes.InputEmpty, empty.Problem!.Code);
    }
}
