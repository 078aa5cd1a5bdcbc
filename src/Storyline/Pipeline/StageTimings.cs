using System.Collections.Concurrent;
using System.Diagnostics;

namespace Storyline.Pipeline;

/// <summary>One stage's share of a digest run.</summary>
/// <param name="Time">Summed over calls; article and story stages run in parallel, so the sum can exceed wall time.</param>
public sealed record StageTiming(string Stage, TimeSpan Time, int Calls);

/// <summary>
/// Time spent in each step of a digest run (reading, cleaning, every stage, grouping), collected when asked for
/// (<see cref="DigestOptions.Timings"/>): where a slow digest spends its time should be a flag away, not a profiler away.
/// Thread-safe.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, (long Ticks, int Calls)> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds the time elapsed since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/> value).</summary>
    public void Add(string stage, long startTimestamp)
    {
        long elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        _entries.AddOrUpdate(stage, (elapsed, 1), (_, e) => (e.Ticks + elapsed, e.Calls + 1));
    }

    /// <summary>Every step so far, slowest first.</summary>
    public IReadOnlyList<StageTiming> Snapshot() =>
        _entries.Select(kv => new StageTiming(kv.Key, TimeSpan.FromSeconds(kv.Value.Ticks / (double)Stopwatch.Frequency), kv.Value.Calls))
            .OrderByDescending(t => t.Time).ThenBy(t => t.Stage, StringComparer.Ordinal).ToList();
}
