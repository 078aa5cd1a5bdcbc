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
        Assert.Null(InputLoader.Load(path, OneMiB, out var problem));
        Assert.Equal(ProblemCodes.InputEmpty, problem!.Code);
    }

    [Fact]
    public void File_over_the_limit_is_refused_with_its_size()
    {
        var path = Path.Combine(_dir, "big.txt");
        File.WriteAllBytes(path, new byte[OneMiB + 1]);
        Assert.Null(InputLoader.Load(path, OneMiB, out var problem));
        Assert.Equal(ProblemCodes.InputTooLarge, problem!.Code);
        Assert.Contains("1 MiB limit", problem.Reason);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Endless_device_is_too_large_not_empty(string device)
    {
        if (!File.Exists(device)) return; // not a Unix system: nothing to guard
        Assert.Null(InputLoader.Load(device, OneMiB, out var problem));
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
        var doc = InputLoader.Load(fifo, OneMiB, out var problem);
        writer.Wait(TimeSpan.FromSeconds(30));
        Assert.Null(problem);
        Assert.Equal(text, Encoding.UTF8.GetString(doc!.Bytes.Span));
    }

    [Fact]
    public void Stream_is_read_under_the_limit()
    {
        var doc = InputLoader.Load("-", new MemoryStream(Encoding.UTF8.GetBytes("hello")), OneMiB, out var problem);
        Assert.Null(problem);
        Assert.Equal("-", doc!.Source);
        Assert.Null(InputLoader.Load("-", new MemoryStream(new byte[OneMiB + 10]), OneMiB, out problem));
        Assert.Equal(ProblemCodes.InputTooLarge, problem!.Code);
        Assert.Null(InputLoader.Load("-", new MemoryStream(), OneMiB, out problem));
        Assert.Equal(ProblemCodes.InputEmpty, problem!.Code);
    }
}
