using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Storyline.Server.Tests.Support;

/// <summary>
/// The real <c>storyline serve</c> process (the CLI built beside the tests), on a free loopback port. Its output is
/// kept for the failure message. <see cref="Kill"/> sends SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public static async Task<ServerProcess> StartAsync(string database, params string[] extra)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll");
        int port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(database)!,
        };
        foreach (var arg in new[] { cli, "serve", "--db", database, "--urls", address.ToString().TrimEnd('/') }.Concat(extra)) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (server._output) server._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{server.Output}");
            try
            {
                if ((await server.Client.GetAsync("healthz")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        server.Dispose();
        throw new TimeoutException("the server did not answer /healthz:\n" + server.Output);
    }

    /// <summary>Waits until /api/stats says every stored article is grouped and every story analysed.</summary>
    public async Task SettleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var stats = JsonDocument.Parse(await Client.GetStringAsync("api/stats")).RootElement;
            if (stats.GetProperty("settled").GetBoolean()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the server did not settle:\n" + Output);
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
    }
}
