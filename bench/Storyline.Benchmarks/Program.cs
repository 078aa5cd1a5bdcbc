using BenchmarkDotNet.Running;
using Storyline.Benchmarks.Stream;

namespace Storyline.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/Storyline.Benchmarks -- stream [--articles N]</c> runs the
    /// synthetic-stream scale benchmark; any other arguments go to BenchmarkDotNet's switcher.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stream") return StreamBenchmark.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
