namespace Storyline.Tests.Support;

/// <summary>Runs the real <c>storyline-lab</c> executable in a child process.</summary>
public static class LabRunner
{
    public static CliRunner.Result Run(params string[] args) => CliRunner.RunProgram("storyline-lab.dll", args);
}
