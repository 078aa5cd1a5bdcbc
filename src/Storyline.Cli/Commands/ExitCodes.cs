namespace Storyline.Cli.Commands;

/// <summary>What the process's exit code tells a script; the same table is in the README and in <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was used (warnings and notices may have been reported).</summary>
    public const int AllUsed = 0;

    /// <summary>The report was written, but some inputs (or parts of them) could not be used: see the errors under problems.</summary>
    public const int SomeFailed = 1;

    /// <summary>Nothing was used and no report was written: no input could be used, or the command line or <c>--out</c> was invalid.</summary>
    public const int NoneUsed = 2;

    /// <summary>A defect in storyline stopped the run (please report it).</summary>
    public const int InternalError = 3;

    /// <summary>The table as <c>--help</c> prints it.</summary>
    public const string Help = """
        Exit codes:
          0  every input was used (warnings and notices may be listed)
          1  the report was written, but some inputs could not be used (errors under problems)
          2  nothing was used, no report: no input could be used, or the command line or --out is invalid
          3  internal error (a defect in storyline; please report it)
        """;
}
