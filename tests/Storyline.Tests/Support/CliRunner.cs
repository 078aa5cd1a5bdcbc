using System.Diagnostics;

namespace Storyline.Tests.Support;

/// <summary>Runs the real <c>storyline</c> executable in a child process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunProgram("Storyline.Cli.dll", args);

    /// <summary>Runs another program of the repository that the test project copies beside itself (e.g. <c>storyline-lab.dll</c>).</summary>
    public static Result RunProgram(string dllName, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, dllName);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("storyline did not finish within 120 s: " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
