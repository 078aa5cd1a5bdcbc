using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Storyline.Cli.Commands;
using Storyline.Report;

namespace Storyline.Cli;

public static class Program
{
    /// <summary>The command's name, whatever the executable is called (Storyline.Cli.dll, the tool shim <c>storyline</c>).</summary>
    public const string Name = "storyline";

    public static int Main(string[] args)
    {
        // a plain Command named "storyline", not RootCommand, which names itself after the executable ("Storyline.Cli")
        var root = new Command(Name, "Storyline: reads the news from many outlets and shows, per story, what happened and how each outlet told it.")
        {
            new HelpOption(),
            new VersionOption(),
            DigestCommand.Create(),
            ExtractCommand.Create(),
            ServeCommand.Create(),
        };
        foreach (var h in AllHelpOptions(root)) h.Action = new HelpWithExitCodes((SynchronousCommandLineAction)h.Action!);
        return Invoke(root, args, Console.Error);
    }

    /// <summary>Parses and runs <paramref name="args"/>: a command-line error is exit code 2, a defect 3, each one plain line on <paramref name="stderr"/>.</summary>
    internal static int Invoke(Command root, string[] args, TextWriter stderr)
    {
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && !AsksForHelp(args))
            {
                foreach (var error in parse.Errors)
                    stderr.WriteLine($"{Name}: {VisibleText.OneLine(error.Message)}");
                stderr.WriteLine($"{Name}: see '{Name} --help'");
                return ExitCodes.NoneUsed;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: a user sees one plain line, never a stack trace.
            stderr.WriteLine($"{Name}: internal error ({ex.GetType().Name}): {VisibleText.OneLine(ex.Message)}");
            return ExitCodes.InternalError;
        }
    }

    private static bool AsksForHelp(string[] args) => args.Any(a => a is "-h" or "--help" or "-?" or "/?" or "/h");

    private static IEnumerable<HelpOption> AllHelpOptions(Command command) =>
        command.Options.OfType<HelpOption>().Concat(command.Subcommands.SelectMany(AllHelpOptions));

    /// <summary>The standard help, then the exit-code table.</summary>
    private sealed class HelpWithExitCodes(SynchronousCommandLineAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(ExitCodes.Help);
            return code;
        }
    }
}
