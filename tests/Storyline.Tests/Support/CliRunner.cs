using System.Diagnostics;

namespace Storyline.Tests.Support;

/// <summary>Runs the real <c>storyline</c> executable in a child process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunProgram("Storyline.Cli.dll", args);

    /// <summary>Runs <c>storyline</c> with <paramref name="stdin"/> on its standard input (<c>digest -</c>).</summary>
    public static Result RunWithInput(byte[] stdin, params string[] args) => Start("dotnet", [Dll("Storyline.Cli.dll"), .. args], stdin);

    /// <summary>Runs another program of the repository that the test project copies beside itself (e.g. <c>storyline-lab.dll</c>).</summary>
    public static Result RunProgram(string dllName, string[] args) => Start("dotnet", [Dll(dllName), .. args], null);

    /// <summary>
    /// Runs <c>storyline</c> as a user without privileges: as root, through <c>setpriv</c> as <c>nobody</c> (root reads
    /// every folder, so a permission problem can only be seen this way); otherwise as the current user.
    /// </summary>
    public static Result RunUnprivileged(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess) return Run(args);
        return Start("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "dotnet", Dll("Storyline.Cli.dll"), .. args], null);
    }

    private static string Dll(string name) => Path.Combine(AppContext.BaseDirectory, name);

    private static Result Start(string program, string[] args, byte[]? stdin)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            try { process.StandardInput.BaseStream.Write(stdin); }
            catch (IOException) { /* the program may stop reading early (a size limit): what it did is the result */ }
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("storyline did not finish within 120 s: " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
