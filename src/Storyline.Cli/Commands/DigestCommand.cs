using Storyline.Stories;
using System.CommandLine;
using System.Text;
using Spectre.Console;
using Storyline.Cli.Rendering;
using Storyline.Pipeline;
using Storyline.Problems;
using Storyline.Report;
using Storyline.Similarity;
using Storyline.Similarity.Embeddings;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline digest PATH...</c>: the main job, from articles to story reports.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively), globs, http(s) URLs, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text | markdown | json | html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "md", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of stdout (checked before any work; written whole or not at all)." };
        var maxSize = new Option<long>("--max-size") { Description = "Largest input in MiB (at least 1).", DefaultValueFactory = _ => 50 };
        maxSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is < 1 or > MaxSizeMiB)
                result.AddError($"--max-size must be a whole number of MiB from 1 to {MaxSizeMiB}");
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress or problem lines on stderr." };
        var timings = new Option<bool>("--timings") { Description = "Print the wall and CPU time spent in each phase and stage on stderr." };
        var threads = new Option<int?>("--threads") { Description = "Articles and stories analysed at once (default: one per core). The report does not depend on it." };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--threads must be at least 1.");
        });
        var command = new Command("digest", "Read articles, group them into stories, and report what each outlet says.")
        {
            paths, format, output, maxSize, quiet, timings, threads,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "text",
            parse.GetValue(output),
            parse.GetValue(maxSize),
            parse.GetValue(quiet),
            parse.GetValue(timings),
            parse.GetValue(threads)));
        return command;
    }

    /// <summary>1 TiB: beyond any news input, and far from overflowing bytes in a long.</summary>
    private const long MaxSizeMiB = 1L << 20;

    private static int Run(string[] paths, string format, string? output, long maxSizeMiB, bool quiet, bool showTimings, int? threads)
    {
        var stderr = Console.Error;
        // a report that cannot be written is known now, not after all the work
        if (output is not null && ReportFile.Check(output) is { } refusal)
        {
            stderr.WriteLine($"storyline: cannot write the report to {VisibleText.OneLine(output)}: {VisibleText.OneLine(refusal)}");
            return ExitCodes.NoneUsed;
        }
        var wall = System.Diagnostics.Stopwatch.StartNew();
        // the edge owns the fetcher: public http(s) addresses only, with the default limits, for this run
        using var fetcher = new Storyline.Ingest.Fetch.HttpFetcher(Storyline.Ingest.Fetch.FetchOptions.Default);
        // the edge owns the models too: one store for the run, handed to the pipeline builder
        var models = new ModelStore();
        var options = new DigestOptions
        {
            MaxInputBytes = maxSizeMiB * 1024 * 1024,
            // fact alignment asks the language model, loaded from the store only if a story of two sources needs it
            Pipeline = DefaultPipeline.Create(models, new EmbeddingSentenceMatcher(models.Sentences, models.Paraphrase.Value)),
            Fetcher = fetcher,
            Timings = showTimings ? new StageTimings() : null,
            StandardInput = Console.OpenStandardInput,
            MaxParallelism = threads,
        };
        var cpuAtStart = StageTimings.ProcessCpu();
        using var progress = quiet || Console.IsErrorRedirected ? null : new StderrProgress(stderr);
        var result = new Digester(options).Run(paths, progress);
        progress?.Finish();
        if (!quiet)
            foreach (var p in result.Problems)
                stderr.WriteLine(ProblemLine(p));
        if (result.Articles.IsEmpty)
        {
            stderr.WriteLine($"storyline: no article could be used from {VisibleText.OneLine(string.Join(", ", paths))}" +
                (result.Problems.IsEmpty ? "" : $" ({result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")} above)"));
            return ExitCodes.NoneUsed;
        }
        if (options.Timings is { } t) PrintTimings(stderr, t, wall.Elapsed, StageTimings.ProcessCpu() - cpuAtStart, result.Articles.Length);
        var report = ReportBuilder.Build(result);
        string? content = format switch
        {
            "json" => JsonReportWriter.Write(report),
            "markdown" or "md" => MarkdownReportWriter.Write(report),
            "html" => HtmlReportWriter.Write(report),
            _ => output is null ? null : PlainText(report),
        };
        if (content is null) TerminalReportRenderer.Render(report, AnsiConsole.Console);
        else if (output is null) WriteStdout(content);
        else if (ReportFile.Write(output, content) is { } failure)
        {
            stderr.WriteLine($"storyline: cannot write the report to {VisibleText.OneLine(output)}: {VisibleText.OneLine(failure)}");
            return ExitCodes.NoneUsed;
        }
        return result.Problems.Any(p => p.Severity == ProblemSeverity.Error) ? ExitCodes.SomeFailed : ExitCodes.AllUsed;
    }

    /// <summary>"storyline: error input-empty: news/a.txt: empty file": severity and code first, for grep; untrusted parts made visible.</summary>
    internal static string ProblemLine(Problem p) =>
        $"storyline: {ProblemCodes.Name(p.Severity)} {p.Code}: {VisibleText.OneLine(p.Source)}: {VisibleText.OneLine(p.Reason)}";

    /// <summary>The terminal report without colours, for a file.</summary>
    private static string PlainText(ReportDocument report)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 120;
        TerminalReportRenderer.Render(report, console);
        return writer.ToString();
    }

    private static void PrintTimings(TextWriter stderr, StageTimings timings, TimeSpan wall, TimeSpan cpu, int articles)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        int n = Math.Max(1, articles);
        stderr.WriteLine(string.Create(ci,
            $"storyline: {articles} articles in {wall.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU: {articles / Math.Max(1e-9, wall.TotalSeconds):F1} articles/s, {cpu.TotalMilliseconds / n:F1} CPU-ms/article"));
        stderr.WriteLine("  phase                 wall s     CPU s    items");
        foreach (var p in timings.Phases())
            stderr.WriteLine(string.Create(ci, $"  {p.Phase,-20} {p.Wall.TotalSeconds,7:F2} {p.Cpu.TotalSeconds,9:F2} {p.Items,8}"));
        bool cpuKnown = ThreadCpuClock.IsAvailable;
        stderr.WriteLine(cpuKnown
            ? "  stage                  calls  CPU s  CPU ms/call  CPU ms/article  wall s (summed over threads)"
            : "  stage                  calls  wall s (summed over threads; this platform cannot measure thread CPU time)");
        foreach (var s in timings.Snapshot())
            stderr.WriteLine(s.Cpu is { } c
                ? string.Create(ci, $"  {s.Stage,-20} {s.Calls,7} {c.TotalSeconds,6:F2} {c.TotalMilliseconds / Math.Max(1, s.Calls),12:F2} {c.TotalMilliseconds / n,15:F2} {s.Wall.TotalSeconds,8:F2}")
                : string.Create(ci, $"  {s.Stage,-20} {s.Calls,7} {s.Wall.TotalSeconds,7:F2}"));
    }

    private static void WriteStdout(string content)
    {
        var stdout = Console.OpenStandardOutput();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stdout.Write(bytes);
        if (!content.EndsWith('\n')) stdout.WriteByte((byte)'\n');
        stdout.Flush();
    }

    /// <summary>
    /// A single status line on stderr, rewritten in place (never on stdout; only when stderr is a terminal): the phase,
    /// how far it is and its rate. A phase that ends leaves its last line behind, so a slow step stays visible. The line
    /// is also redrawn every second, so a phase busy with one long item (a whole archive in one file) shows its time running.
    /// </summary>
    private sealed class StderrProgress : IProgress<DigestProgress>, IDisposable
    {
        private readonly TextWriter _stderr;
        private readonly object _gate = new();
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly Timer _tick;
        private bool _finished;
        private string? _stage;
        private TimeSpan _stageStart, _last;
        private DigestProgress _current;
        private bool _shown;

        public StderrProgress(TextWriter stderr)
        {
            _stderr = stderr;
            _tick = new Timer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }

        private void Tick()
        {
            lock (_gate)
            {
                if (_stage is null || _finished) return;
                var now = _clock.Elapsed;
                _last = now;
                _shown = true;
                Write(_current, now, final: false);
            }
        }

        public void Dispose() => _tick.Dispose();

        public void Report(DigestProgress value)
        {
            lock (_gate)
            {
                var now = _clock.Elapsed;
                if (value.Stage != _stage)
                {
                    if (_shown) { Write(_current, now, final: true); _stderr.WriteLine(); }
                    _stage = value.Stage;
                    _stageStart = now;
                    _shown = false;
                }
                else if (value.Done < _current.Done) return; // parallel workers report out of order
                _current = value;
                // quiet for the first half second of a run and between redraws
                if (now < TimeSpan.FromMilliseconds(500) || (_shown && now - _last < TimeSpan.FromMilliseconds(200))) return;
                _last = now;
                _shown = true;
                Write(value, now, final: false);
            }
        }

        private void Write(DigestProgress value, TimeSpan now, bool final)
        {
            double seconds = (now - _stageStart).TotalSeconds;
            string rate = seconds > 0.05 && value.Done > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {value.Done / seconds:F1}/s") : "";
            string unit = value.Stage switch { "read" => "inputs", "analyse" => "stories", _ => "articles" };
            string elapsed = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seconds:F1} s");
            _stderr.Write($"\r{value.Stage}: {value.Done}/{value.Total} {unit} ({elapsed}{rate}){(final ? "" : "   ")}");
        }

        public void Finish()
        {
            _tick.Dispose();
            lock (_gate)
            {
                _finished = true;
                if (_shown) { Write(_current, _clock.Elapsed, final: true); _stderr.WriteLine(); }
                _shown = false;
            }
        }
    }
}
