using System.Text;
using System.Text.Json;
using Storyline.Problems;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

/// <summary>
/// Issue 19 through the real command, as a new user would meet each case: every one ends in a plain line on stderr
/// with a code, the right exit code, and never a stack trace.
/// </summary>
public sealed class HardeningCliTests : IDisposable
{
    private readonly string _dir;

    public HardeningCliTests()
    {
        _dir = Directory.CreateTempSubdirectory("storyline-hard-").FullName;
        // readable by 'nobody' too (RunUnprivileged)
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_dir, (UnixFileMode)0b111_101_101);
    }

    public void Dispose()
    {
        foreach (var d in Directory.EnumerateDirectories(_dir, "*", SearchOption.TopDirectoryOnly))
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(d, (UnixFileMode)0b111_111_111);
        Directory.Delete(_dir, recursive: true);
    }

    private const string Article = "The harbour council approved the new flood barrier budget on Monday after a long debate about costs, officials said.\n\nThe vote was 12 to 3, the clerk said, and work on the barrier begins in May.";

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertPlain(CliRunner.Result r)
    {
        Assert.DoesNotContain("   at ", r.Stderr + r.Stdout);
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void Folder_with_a_link_to_itself_finishes_and_says_so()
    {
        Write("news/a.txt", Article);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "news", "a-loop"), ".");
        var r = CliRunner.Run("digest", Path.Combine(_dir, "news"), "--format", "json");
        Assert.Equal(0, r.ExitCode); // a notice is no failure
        Assert.Contains("notice folder-link-loop", r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Out_pointing_at_a_folder_is_refused_before_any_work()
    {
        var input = Write("a.txt", Article);
        var r = CliRunner.Run("digest", input, Path.Combine(_dir, "missing.txt"), "--out", _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot write the report to", r.Stderr);
        Assert.Contains("is a folder", r.Stderr);
        Assert.DoesNotContain("input-not-found", r.Stderr); // nothing was read
        AssertPlain(r);
    }

    [Fact]
    public void Out_under_a_file_is_refused_and_keeps_nothing_half_written()
    {
        var input = Write("a.txt", Article);
        var blocker = Write("plain-file", "x");
        var r = CliRunner.Run("digest", input, "--out", Path.Combine(blocker, "report.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a file, not a folder", r.Stderr);
        AssertPlain(r);
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void Out_writes_the_report_whole_and_leaves_no_temporary_file()
    {
        var input = Write("a.txt", Article);
        var output = Path.Combine(_dir, "out", "deeper", "report.json");
        var r = CliRunner.Run("digest", input, "--format", "json", "--out", output, "--quiet");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(["report.json"], Directory.GetFiles(Path.GetDirectoryName(output)!, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName));
    }

    [Fact]
    public void Extract_refuses_a_binary_file_with_exit_2_and_prints_nothing()
    {
        var bytes = new byte[3000];
        new Random(7).NextBytes(bytes);
        var r = CliRunner.Run("extract", Write("noise.html", bytes));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("error input-binary", r.Stderr);
    }

    [Fact]
    public void Extract_refuses_a_text_file_instead_of_flattening_it_as_html()
    {
        var r = CliRunner.Run("extract", Write("story.txt", "---\noutlet: Gazette\n---\n" + Article));
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("not a web page (it reads as text)", r.Stderr);
    }

    [Fact]
    public void Extract_of_an_empty_file_and_a_folder_say_what_they_are()
    {
        var empty = CliRunner.Run("extract", Write("empty.html", []));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("error input-empty", empty.Stderr);
        var folder = CliRunner.Run("extract", _dir);
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("is a folder", folder.Stderr);
    }

    [Fact]
    public void Extract_still_reads_a_page()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>" + Article.Replace("\n\n", "</p><p>") + "</p>", 4));
        var page = "<!doctype html><html><head><title>Barrier vote</title></head><body><article><h1>Barrier vote</h1>" + paragraphs + "</article></body></html>";
        var r = CliRunner.Run("extract", Write("page.html", page));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("flood barrier budget", r.Stdout);
    }

    [Fact]
    public void File_used_with_an_encoding_warning_is_not_listed_as_not_used()
    {
        var bytes = Encoding.UTF8.GetBytes("The Café council approved the new flood barrier budget on Monday after a long debate about costs, officials said. ")
            .Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" The vote was 12 to 3, the clerk said.")).ToArray();
        var input = Write("cafe.txt", bytes);
        var json = CliRunner.Run("digest", input, "--format", "json");
        Assert.Equal(0, json.ExitCode); // used: a warning is no failure
        Assert.Contains("warning encoding-repaired", json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Contains("Café", doc.RootElement.GetProperty("articles")[0].GetProperty("text").GetString());
        var problem = doc.RootElement.GetProperty("problems")[0];
        Assert.Equal("encoding-repaired", problem.GetProperty("code").GetString());
        Assert.Equal("warning", problem.GetProperty("severity").GetString());

        var markdown = CliRunner.Run("digest", input, "--format", "markdown", "--quiet");
        Assert.DoesNotContain("Inputs not used", markdown.Stdout);
        Assert.Contains("## Warnings and notes", markdown.Stdout);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var r = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Article), "digest", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("-", doc.RootElement.GetProperty("articles")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Devices_urls_of_other_schemes_and_file_urls_are_told_apart()
    {
        var good = Write("good.txt", Article);
        var args = new List<string> { "digest", new Uri(good).AbsoluteUri, "ftp://example.com/a.txt", "--format", "json", "--max-size", "1" };
        if (File.Exists("/dev/zero")) args.Add("/dev/zero");
        var r = CliRunner.Run([.. args]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error url-unsupported: ftp://example.com/a.txt: cannot read 'ftp:' addresses", r.Stderr);
        if (File.Exists("/dev/zero")) Assert.Contains("error input-too-large: /dev/zero", r.Stderr);
        Assert.DoesNotContain("empty file", r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("articles").GetArrayLength()); // the file:// input
    }

    [Fact]
    public void Unreadable_folder_is_reported_as_unreadable_not_as_empty()
    {
        if (OperatingSystem.IsWindows()) return; // Unix permissions
        Write("tree/ok/a.txt", Article);
        Write("tree/locked/b.txt", Article.Replace("Monday", "Tuesday"));
        File.SetUnixFileMode(Path.Combine(_dir, "tree"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(_dir, "tree", "ok"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(_dir, "tree", "locked"), UnixFileMode.None);
        var r = CliRunner.RunUnprivileged("digest", Path.Combine(_dir, "tree"), "--format", "json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error input-unreadable: " + Path.Combine(_dir, "tree", "locked") + ": folder cannot be read", r.Stderr);
        Assert.DoesNotContain("folder has no files", r.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Max_size_below_one_is_a_command_line_error(string value)
    {
        var r = CliRunner.Run("digest", Write("a.txt", Article), "--max-size", value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--max-size must be a whole number of MiB from 1", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Help_names_the_command_storyline_and_lists_the_exit_codes()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("storyline [command] [options]", r.Stdout);
        Assert.DoesNotContain("Storyline.Cli", r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
        foreach (var code in new[] { "0  every input was used", "1  the report was written, but some inputs", "2  nothing was used", "3  internal error" })
            Assert.Contains(code, r.Stdout);
        var digest = CliRunner.Run("digest", "--help");
        Assert.Contains("storyline digest <paths>... [options]", digest.Stdout);
        Assert.Contains("Exit codes:", digest.Stdout);
    }

    [Fact]
    public void Exit_codes_tell_all_used_some_failed_and_none_used_apart()
    {
        var good = Write("good.txt", Article);
        var empty = Write("empty.txt", []);
        Assert.Equal(0, CliRunner.Run("digest", good, "--format", "json", "--quiet").ExitCode);
        Assert.Equal(1, CliRunner.Run("digest", good, empty, "--format", "json", "--quiet").ExitCode);
        Assert.Equal(2, CliRunner.Run("digest", empty, "--format", "json", "--quiet").ExitCode);
        Assert.Equal(2, CliRunner.Run("digest", good, "--format", "pdf").ExitCode);
    }

    [Fact]
    public void A_defect_is_exit_3_in_one_line()
    {
        var broken = new System.CommandLine.Command("storyline");
        broken.SetAction((Func<System.CommandLine.ParseResult, int>)(_ => throw new InvalidOperationException("a stage lost its layer")));
        var stderr = new StringWriter();
        Assert.Equal(3, Storyline.Cli.Program.Invoke(broken, [], stderr));
        Assert.Equal("storyline: internal error (InvalidOperationException): a stage lost its layer" + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public void Problem_lines_on_stderr_carry_severity_and_code_and_show_control_characters()
    {
        var line = Storyline.Cli.Commands.DigestCommand.ProblemLine(new Problem("evil\u001b]0;pwned\u0007.txt", "bad\u001b[31m red\nline", ProblemCodes.InputEmpty));
        Assert.Equal("storyline: error input-empty: evil\u241b]0;pwned\u2407.txt: bad\u241b[31m red line", line);
    }
}
