using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary><c>storyline extract</c>: the trace is an option of the command, not an environment variable.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // An invented page: a navigation list, then the article's paragraphs; one carries a terminal escape sequence.
    private string Page()
    {
        var path = Path.Combine(_dir, "page.html");
        var paragraph = "The harbour board of Portville voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings, and the ferries will use the new dock from next month.";
        File.WriteAllText(path, "<html><body><nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul></nav><article>"
            + string.Concat(Enumerable.Range(0, 4).Select(i => $"<p>{paragraph} Paragraph {i}.</p>"))
            + "<p>\u001b[31mA red line\u001b[0m that a terminal would colour, had it been sent as it is written in the page source.</p></article></body></html>");
        return path;
    }

    [Fact]
    public void The_trace_option_prints_how_the_area_was_chosen_on_stderr_only()
    {
        var page = Page();

        var plain = CliRunner.Run("extract", page);
        var traced = CliRunner.Run("extract", page, "--trace");

        Assert.Equal(0, traced.ExitCode);
        Assert.Equal(plain.Stdout, traced.Stdout);
        Assert.DoesNotContain("area:", plain.Stderr);
        Assert.Contains("area:", traced.Stderr);
        Assert.DoesNotContain('\u001b', traced.Stderr);
    }

    [Fact]
    public void An_environment_variable_switches_nothing()
    {
        var page = Page();
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll"));
        psi.ArgumentList.Add("extract");
        psi.ArgumentList.Add(page);
        psi.Environment["STORYLINE_EXTRACT_TRACE"] = "1";
        using var process = System.Diagnostics.Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));
        Assert.DoesNotContain("area:", stderr.Result);
    }
}
