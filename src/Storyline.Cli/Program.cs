using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Storyline: reads the news from many outlets and shows, per story, what happened and how each outlet told it.")
        {
            DigestCommand.Create(),
            ExtractCommand.Create(),
            ServeCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: a user sees one plain line, never a stack trace.
            Console.Error.WriteLine($"storyline: {ex.Message}");
            return 1;
        }
    }
}
