using System.Collections.Concurrent;
using System.Diagnostics;

namespace Storyline.Pipeline;

/// <summary>One step's share of a digest run.</summary>
/// <param name="Wall">Wall time summed over calls; calls run in parallel, so the sum can exceed the run's wall time.</param>
/// <param name="Cpu">CPU time of the calling threads summed over calls (comparable with the process's CPU time);
/// null where the platform cannot measure a thread's CPU time.</param>
public sealed record StageTiming(string Stage, TimeSpan Wall, TimeSpan? Cpu, int Calls);

/// <summary>One phase of a digest run (reading, cleaning, annotating, grouping, analysing stories), measured around the whole phase.</summary>
/// <param name="Cpu">CPU time of the whole process (every thread) during the phase.</param>
public sealed record PhaseTiming(string Phase, TimeSpan Wall, TimeSpan Cpu, int Items);

/// <summary>Where a measurement began: wall and thread-CPU clocks read together.</summary>
public readonly record struct TimingMark(long WallTimestamp, long ThreadCpuNanoseconds);

/// <summary>
/// Time spent in each step of a digest run (reading, cleaning, every stage, grouping), collected when asked for
/// (<see cref="DigestOptions.Timings"/>): where a slow digest spends its time should be a flag away, not a profiler away.
/// Each stage call records wall time and the CPU time of its thread, so stages can be compared with one another and
/// with the run's CPU time even when they run in parallel on a loaded machine. Thread-safe.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, Entry> _stages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PhaseTiming> _phases = new();

    private sealed class Entry
    {
        public long WallTicks;
        public long CpuNanoseconds;
        public int Calls;
    }

    /// <summary>Reads the clocks at the start of a step.</summary>
    public static TimingMark Start() => new(Stopwatch.GetTimestamp(), ThreadCpuClock.Now());

    /// <summary>Adds the time elapsed since <paramref name="start"/>, which must have been taken on this thread.</summary>
    public void Add(string stage, TimingMark start)
    {
        long wall = Stopwatch.GetTimestamp() - start.WallTimestamp;
        long cpu = start.ThreadCpuNanoseconds < 0 ? 0 : Math.Max(0, ThreadCpuClock.Now() - start.ThreadCpuNanoseconds);
        var entry = _stages.GetOrAdd(stage, static _ => new Entry());
        Interlocked.Add(ref entry.WallTicks, wall);
        Interlocked.Add(ref entry.CpuNanoseconds, cpu);
        Interlocked.Increment(ref entry.Calls);
    }

    /// <summary>Starts timing a phase; dispose the result when the phase ends.</summary>
    public PhaseScope Phase(string phase) => new(this, phase);

    /// <summary>Records a phase measured elsewhere.</summary>
    public void AddPhase(PhaseTiming phase) => _phases.Enqueue(phase);

    /// <summary>Every stage so far, the most CPU first (wall first where CPU cannot be measured).</summary>
    public IReadOnlyList<StageTiming> Snapshot() =>
        _stages.Select(kv => new StageTiming(kv.Key,
                TimeSpan.FromSeconds(Volatile.Read(ref kv.Value.WallTicks) / (double)Stopwatch.Frequency),
                ThreadCpuClock.IsAvailable ? TimeSpan.FromTicks(Volatile.Read(ref kv.Value.CpuNanoseconds) / 100) : null,
                Volatile.Read(ref kv.Value.Calls)))
            .OrderByDescending(t => t.Cpu ?? t.Wall).ThenByDescending(t => t.Wall).ThenBy(t => t.Stage, StringComparer.Ordinal).ToList();

    /// <summary>The phases in the order they ended.</summary>
    public IReadOnlyList<PhaseTiming> Phases() => _phases.ToList();

    /// <summary>Measures one phase: wall time and the process's CPU time from creation to <see cref="Dispose"/>.</summary>
    public sealed class PhaseScope : IDisposable
    {
        private readonly StageTimings _owner;
        private readonly string _phase;
        private readonly long _wall = Stopwatch.GetTimestamp();
        private readonly TimeSpan _cpu = ProcessCpu();
        private bool _done;

        internal PhaseScope(StageTimings owner, string phase) { _owner = owner; _phase = phase; }

        /// <summary>How many items (documents, articles, stories) the phase handled.</summary>
        public int Items { get; set; }

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            _owner.AddPhase(new PhaseTiming(_phase, Stopwatch.GetElapsedTime(_wall), ProcessCpu() - _cpu, Items));
        }
    }

    /// <summary>CPU time of the whole process so far (every thread).</summary>
    public static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
