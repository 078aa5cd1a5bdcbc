using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Storyline.Fuzz;

/// <summary>
/// storyline-fuzz: instrument | fuzz TARGET | replay TARGET FILE...
/// <para>
/// <c>instrument</c> rewrites Storyline.dll and AngleSharp.dll beside this program with SharpFuzz's branch
/// instrumentation (run it once, before the assemblies are loaded). <c>fuzz</c> then runs an in-process,
/// coverage-guided mutation loop: SharpFuzz's edge counters land in a 64 KiB map this program owns; an input that
/// reaches a new edge (or a new hit-count bucket of one, as AFL counts) joins the corpus. Anything a target throws,
/// and any input that runs longer than the hang limit, is written to the findings folder. No AFL or libFuzzer binary
/// is needed (neither is installed here); with afl-fuzz, SharpFuzz's own out-of-process mode would drive the same targets.
/// </para>
/// </summary>
public static class Program
{
    private const int MapSize = 1 << 16;
    private const int MaxInput = 64 * 1024;

    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "instrument") return Instrument(args.Length > 1 ? args[1] : AppContext.BaseDirectory);
        if (args.Length >= 2 && args[0] == "fuzz") return Fuzz(args[1], Options(args[2..]));
        if (args.Length >= 3 && args[0] == "replay") return Replay(args[1], args[2..]);
        Console.Error.WriteLine("usage: storyline-fuzz instrument [DIR] | fuzz TARGET [--seconds N] [--seed N] [--corpus DIR] [--findings DIR] | replay TARGET FILE...");
        Console.Error.WriteLine("targets: " + string.Join(", ", TargetNames()));
        return 2;
    }

    // the target table lives in Storyline-using code: only touched after instrumentation
    private static IEnumerable<string> TargetNames() => FuzzTargets.All.Keys;

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    private static int Instrument(string dir)
    {
        foreach (var name in new[] { "Storyline.dll", "AngleSharp.dll" })
        {
            var path = Path.Combine(dir, name);
            var types = SharpFuzz.Fuzzer.Instrument(path, _ => true, SharpFuzz.Options.Value).Count();
            Console.WriteLine($"instrumented {name}: {types} types");
        }
        return 0;
    }

    private static int Replay(string target, string[] files)
    {
        var run = FuzzTargets.All[target];
        int failed = 0;
        foreach (var file in files)
        {
            try { run(File.ReadAllBytes(file)); Console.WriteLine($"ok    {file}"); }
            catch (Exception ex) { failed++; Console.WriteLine($"FAIL  {file}: {ex.GetType().Name}: {ex.Message}"); }
        }
        return failed == 0 ? 0 : 1;
    }

    private static unsafe int Fuzz(string target, Dictionary<string, string> options)
    {
        if (!FuzzTargets.All.TryGetValue(target, out var run)) { Console.Error.WriteLine("unknown target " + target); return 2; }
        int seconds = int.Parse(options.GetValueOrDefault("seconds", "60"));
        var random = new Random(int.Parse(options.GetValueOrDefault("seed", "1")));
        var hang = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("hang-seconds", "10")));
        var findings = Directory.CreateDirectory(options.GetValueOrDefault("findings", Path.Combine("fuzz-findings", target))).FullName;
        var corpusDir = options.GetValueOrDefault("corpus", Path.Combine(AppContext.BaseDirectory, "seeds", target));

        var map = (byte*)NativeMemory.AllocZeroed(MapSize);
        SharpFuzz.Common.Trace.SharedMem = map;
        var virgin = new byte[MapSize]; // the hit-count buckets seen so far, per edge
        var corpus = new List<byte[]>();
        var seeds = Directory.Exists(corpusDir) ? Directory.GetFiles(corpusDir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList() : [];
        if (seeds.Count == 0) seeds.Add("x"u8.ToArray());
        var mutator = new Mutator(random);
        var crashes = new Dictionary<string, int>(StringComparer.Ordinal); // by exception type and top frame
        long execs = 0;
        int edges = 0;
        var watch = Stopwatch.StartNew();

        var current = Path.Combine(findings, ".current");
        using var worker = new Worker(run);
        bool Execute(byte[] input, out Exception? failure)
        {
            // a stack overflow ends the process with no chance to record: the input that did it is left here
            File.WriteAllBytes(current, input);
            new Span<byte>(map, MapSize).Clear();
            SharpFuzz.Common.Trace.PrevLocation = 0;
            if (!worker.Run(input, hang, out failure))
            {
                failure = new TimeoutException($"ran longer than {hang.TotalSeconds:0} s");
                return false;
            }
            execs++;
            bool interesting = false;
            for (int i = 0; i < MapSize; i++)
            {
                byte hits = map[i];
                if (hits == 0) continue;
                byte bucket = Bucket(hits);
                if ((virgin[i] & bucket) == 0)
                {
                    if (virgin[i] == 0) edges++;
                    virgin[i] |= bucket;
                    interesting = true;
                }
            }
            return interesting;
        }

        void Record(byte[] input, Exception failure)
        {
            var frame = new StackTrace(failure).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Storyline", StringComparison.Ordinal) == true)?.GetMethod();
            var key = $"{failure.GetType().Name} at {frame?.DeclaringType?.Name}.{frame?.Name}";
            bool first = !crashes.ContainsKey(key);
            crashes[key] = crashes.GetValueOrDefault(key) + 1;
            if (!first) return;
            var name = $"crash-{Convert.ToHexString(SHA1.HashData(input))[..12].ToLowerInvariant()}";
            File.WriteAllBytes(Path.Combine(findings, name + ".bin"), input);
            File.WriteAllText(Path.Combine(findings, name + ".txt"), $"{key}\n{failure}\n");
            Console.WriteLine($"[{target}] NEW FAILURE {key} -> {name}.bin");
        }

        foreach (var seed in seeds)
        {
            if (Execute(seed, out var failure)) corpus.Add(seed);
            if (failure is not null) { Record(seed, failure); if (failure is TimeoutException) return Report(); }
        }
        if (corpus.Count == 0) corpus.Add(seeds[0]);

        watch.Restart();
        var lastPrint = TimeSpan.Zero;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var parent = corpus[random.Next(corpus.Count)];
            var child = mutator.Mutate(parent, corpus[random.Next(corpus.Count)], MaxInput);
            bool interesting = Execute(child, out var failure);
            if (failure is not null)
            {
                Record(child, failure);
                if (failure is TimeoutException) break; // the stuck thread cannot be stopped: end the run here
            }
            else if (interesting) corpus.Add(child);
            if (watch.Elapsed - lastPrint > TimeSpan.FromSeconds(30))
            {
                lastPrint = watch.Elapsed;
                Console.WriteLine($"[{target}] {watch.Elapsed.TotalSeconds:0} s: {execs:N0} execs, {corpus.Count} in corpus, {edges} edges, {crashes.Count} distinct failures");
            }
        }
        return Report();

        int Report()
        {
            Console.WriteLine($"[{target}] done: {watch.Elapsed.TotalSeconds:0} s, {execs:N0} execs ({execs / Math.Max(1, watch.Elapsed.TotalSeconds):N0}/s), corpus {corpus.Count}, {edges} edges, {crashes.Count} distinct failures");
            foreach (var (key, count) in crashes) Console.WriteLine($"[{target}]   {count,6} x {key}");
            return crashes.Count == 0 ? 0 : 1;
        }
    }

    /// <summary>
    /// One thread that runs the target, reused for every input (a thread per input costs more than most inputs take),
    /// with a 16 MiB stack so that deep input finds the code's own recursion limits, not the thread's.
    /// </summary>
    private sealed class Worker : IDisposable
    {
        private readonly Action<byte[]> _run;
        private readonly SemaphoreSlim _start = new(0), _done = new(0);
        private byte[] _input = [];
        private Exception? _failure;
        private volatile bool _stop;

        public Worker(Action<byte[]> run)
        {
            _run = run;
            new Thread(Loop, 16 * 1024 * 1024) { IsBackground = true, Name = "fuzz target" }.Start();
        }

        /// <summary>Runs one input; false when it did not finish within <paramref name="limit"/> (the thread is then lost).</summary>
        public bool Run(byte[] input, TimeSpan limit, out Exception? failure)
        {
            _input = input;
            _failure = null;
            _start.Release();
            bool finished = _done.Wait(limit);
            failure = _failure;
            return finished;
        }

        private void Loop()
        {
            while (true)
            {
                _start.Wait();
                if (_stop) return;
                try { _run(_input); }
                catch (Exception ex) { _failure = ex; }
                _done.Release();
            }
        }

        public void Dispose()
        {
            _stop = true;
            _start.Release();
        }
    }

    /// <summary>AFL's hit-count classes: 1, 2, 3, 4–7, 8–15, 16–31, 32–127, 128+.</summary>
    private static byte Bucket(byte hits) => hits switch
    {
        1 => 1, 2 => 2, 3 => 4, <= 7 => 8, <= 15 => 16, <= 31 => 32, <= 127 => 64, _ => 128,
    };
}
