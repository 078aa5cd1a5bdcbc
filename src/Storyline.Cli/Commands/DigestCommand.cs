using Storyline.Stories;
using System.CommandLine;
using System.Text;
using Spectre.Console;
using Storyline.Cli.Rendering;
using Storyline.Pipeline;
using Storyline.Report;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline digest PATH...</c>: the main job, from articles to story reports.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively), globs or URLs.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | markdown | json | html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "md", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of stdout." };
        var maxSize = new Option<long>("--max-size") { Description = "Largest input file in MiB.", DefaultValueFactory = _ => 50 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or problem lines on stderr." };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent in each step (read, clean, every stage, grouping) on stderr." };
        var command = new Command("digest", "Read articles, group them into stories, and report what each outlet says.")
        {
            paths, format, output, maxSize, quiet, timings,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "text",
            parse.GetValue(output),
            parse.GetValue(maxSize),
            parse.GetValue(quiet),
            parse.GetValue(timings)));
        return command;
    }

    private static int Run(string[] paths, string format, string? output, long maxSizeMiB, bool quiet, bool showTimings)
    {
        var stderr = Console.Error;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var options = new DigestOptions
        {
            MaxInputBytes = Math.Max(1, maxSizeMiB) * 1024 * 1024,
            Fetcher = Fetchers.Default,
            Timings = showTimings ? new StageTimings() : null,
        };
        var progress = quiet || Console.IsErrorRedirected ? null : new StderrProgress(stderr);
        var result = new Digester(options).Run(paths, progress);
        progress?.Finish();
        if (!quiet)
            foreach (var p in result.Problems)
                stderr.WriteLine($"storyline: {(p.Severity == Storyline.Problems.ProblemSeverity.Notice ? "notice: " : "")}{p.Source}: {p.Reason}");
        if (result.Articles.IsEmpty)
        {
            stderr.WriteLine($"storyline: no article could be used from {string.Join(", ", paths)}" +
                (result.Problems.IsEmpty ? "" : $" ({result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")} above)"));
            return 2;
        }
        if (options.Timings is { } t) PrintTimings(stderr, t, wall.Elapsed, result.Articles.Length);
        var report = ReportBuilder.Build(result);
        switch (format)
        {
            case "json": Emit(output, JsonReportWriter.Write(report)); break;
            case "markdown" or "md": Emit(output, MarkdownReportWriter.Write(report)); break;
            case "html": Emit(output, HtmlReportWriter.Write(report)); break;
            default:
                if (output is null) TerminalReportRenderer.Render(report, AnsiConsole.Console);
                else
                {
                    using var writer = new StringWriter();
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
                    console.Profile.Width = 120;
                    TerminalReportRenderer.Render(report, console);
                    Emit(output, writer.ToString());
                }
                break;
        }
        return 0;
    }

    private static void PrintTimings(TextWriter stderr, StageTimings timings, TimeSpan wall, int articles)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        stderr.WriteLine(string.Create(ci, $"storyline: timings for {articles} articles, {wall.TotalSeconds:F2} s wall (stages summed over parallel calls):"));
        foreach (var s in timings.Snapshot())
            stderr.WriteLine(string.Create(ci, $"  {s.Stage,-20} {s.Time.TotalSeconds,8:F2} s  {s.Calls,7} calls  {s.Time.TotalMilliseconds / Math.Max(1, s.Calls),8:F2} ms/call"));
    }

    private static void Emit(string? path, string content)
    {
        if (path is null)
        {
            var stdout = Console.OpenStandardOutput();
            var bytes = new UTF8Encoding(false).GetBytes(content);
            stdout.Write(bytes);
            if (!content.EndsWith('\n')) stdout.WriteByte((byte)'\n');
            stdout.Flush();
            return;
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    /// <summary>A single status line on stderr, rewritten in place; never on stdout.</summary>
    private sealed class StderrProgress(TextWriter stderr) : IProgress<DigestProgress>
    {
        private readonly object _gate = new();
        private DateTime _last = DateTime.MinValue;
        private bool _shown;

        public void Report(DigestProgress value)
        {
            lock (_gate)
            {
                if (value.Total < 50 || (DateTime.UtcNow - _last).TotalMilliseconds < 200) return;
                _last = DateTime.UtcNow;
                _shown = true;
                stderr.Write($"\r{value.Stage}: {value.Done}/{value.Total}   ");
            }
        }

        public void Finish()
        {
            if (_shown) stderr.WriteLine();
        }
    }
}
