using System.Runtime.InteropServices;

namespace Storyline.Pipeline;

/// <summary>
/// CPU time consumed by the calling thread, so a stage's cost can be told apart from time spent waiting for a core
/// (wall time summed over parallel calls says little on a loaded machine). Reads <c>clock_gettime</c> with the
/// thread CPU clock on Linux and macOS and <c>GetThreadTimes</c> on Windows; elsewhere, or if the call fails,
/// <see cref="IsAvailable"/> is false and <see cref="Now"/> returns -1.
/// </summary>
public static class ThreadCpuClock
{
    private static readonly Func<long>? Reader = Probe();

    /// <summary>Whether <see cref="Now"/> measures anything on this platform.</summary>
    public static bool IsAvailable => Reader is not null;

    /// <summary>Nanoseconds of CPU time used by the calling thread so far, or -1 when unavailable.</summary>
    public static long Now() => Reader?.Invoke() ?? -1;

    private static Func<long>? Probe()
    {
        Func<long>? reader = null;
        if (OperatingSystem.IsLinux()) reader = () => Posix(LinuxThreadClock);
        else if (OperatingSystem.IsMacOS()) reader = () => Posix(MacThreadClock);
        else if (OperatingSystem.IsWindows()) reader = Windows;
        if (reader is null) return null;
        try { return reader() >= 0 ? reader : null; }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException) { return null; }
    }

    private const int LinuxThreadClock = 3;   // CLOCK_THREAD_CPUTIME_ID in <time.h> on Linux
    private const int MacThreadClock = 16;    // CLOCK_THREAD_CPUTIME_ID in <time.h> on macOS

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static long Posix(int clock) =>
        ClockGetTime(clock, out var t) == 0 ? (long)t.Seconds * 1_000_000_000L + t.Nanoseconds : -1;

    [DllImport("kernel32.dll")]
    private static extern nint GetCurrentThread();

    [DllImport("kernel32.dll")]
    private static extern bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);

    // FILETIME units are 100 ns.
    private static long Windows() =>
        GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user) ? (kernel + user) * 100 : -1;
}
