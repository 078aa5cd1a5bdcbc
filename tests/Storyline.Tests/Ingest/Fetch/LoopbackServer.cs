using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Storyline.Tests.Ingest.Fetch;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: each request's path picks a canned raw
/// response. It answers a bounded number of connections and stops with the test.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, Dictionary<string, string>, byte[]?> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer(Func<string, Dictionary<string, string>, byte[]?> respond)
    {
        _respond = respond;
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>Headers of the last request seen.</summary>
    public Dictionary<string, string> LastHeaders { get; private set; } = new();

    public static byte[] Response(string status, string headers, byte[] body) =>
        Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}Content-Length: {body.Length}\r\nConnection: close\r\n\r\n").Concat(body).ToArray();

    public static byte[] Html(string html, string extraHeaders = "") =>
        Response("200 OK", "Content-Type: text/html; charset=utf-8\r\n" + extraHeaders, Encoding.UTF8.GetBytes(html));

    public static byte[] Redirect(string location) => Response("302 Found", $"Location: {location}\r\n", []);

    private async Task LoopAsync()
    {
        for (int served = 0; served < 50 && !_stop.IsCancellationRequested; served++)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync() ?? "";
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                string? line;
                while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                {
                    int colon = line.IndexOf(':');
                    if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                LastHeaders = headers;
                var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
                var response = _respond(path, headers);
                if (response is null) { await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token); return; }
                await stream.WriteAsync(response);
                await stream.FlushAsync();
            }
            catch (Exception)
            {
                // The client may hang up first (size cap, timeout): nothing to do.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch (Exception) { }
    }
}
