using System.CommandLine;
using Storyline.Lab.Commands;

namespace Storyline.Lab;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("storyline-lab: measures Storyline against published systems on public data, and rebuilds the models it ships.")
        {
            EvalCommand.Create(),
            TrainCommand.Create(),
            GateCommand.Create(),
        };
        try
        {
            // without the default handler, a failure reaches the catch below: one line, no stack trace
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"storyline-lab: {ex.Message}");
            return 1;
        }
    }
}
