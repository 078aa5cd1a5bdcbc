using Storyline.Pipeline;

namespace Storyline.Tests.Pipeline;

public sealed class StageTimingsTests
{
    [Fact]
    public void Each_stage_call_adds_wall_and_thread_cpu_time_and_a_call()
    {
        var timings = new StageTimings();
        for (int i = 0; i < 3; i++)
        {
            var start = StageTimings.Start();
            double x = 0;
            for (int k = 0; k < 200_000; k++) x += Math.Sqrt(k);
            GC.KeepAlive(x);
            timings.Add("work", start);
        }
        timings.Add("nothing", StageTimings.Start());
        var work = timings.Snapshot().Single(s => s.Stage == "work");
        Assert.Equal(3, work.Calls);
        Assert.True(work.Wall > TimeSpan.Zero);
        if (ThreadCpuClock.IsAvailable)
        {
            Assert.NotNull(work.Cpu);
            Assert.True(work.Cpu > TimeSpan.Zero);
            Assert.Equal("work", timings.Snapshot()[0].Stage); // the most CPU first
        }
        else Assert.Null(work.Cpu);
    }

    [Fact]
    public void The_thread_clock_counts_this_threads_work_on_linux()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere it may be unavailable, which the timings report
        Assert.True(ThreadCpuClock.IsAvailable);
        long before = ThreadCpuClock.Now();
        double x = 0;
        for (int k = 0; k < 2_000_000; k++) x += Math.Sqrt(k);
        GC.KeepAlive(x);
        Assert.True(ThreadCpuClock.Now() > before);
    }

    [Fact]
    public void A_phase_records_its_items_once_when_disposed()
    {
        var timings = new StageTimings();
        using (var phase = timings.Phase("annotate")) phase.Items = 7;
        var recorded = Assert.Single(timings.Phases());
        Assert.Equal(("annotate", 7), (recorded.Phase, recorded.Items));
        Assert.True(recorded.Cpu >= TimeSpan.Zero);
    }
}
