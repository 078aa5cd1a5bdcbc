using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Storyline.Server.Analysis;
using Storyline.Server.Hosting;
using Storyline.Server.Settings;
using Storyline.Server.Store;

namespace Storyline.Server.Tests.Support;

/// <summary>
/// The tracker in process (WebApplicationFactory over the same wiring <c>storyline serve</c> uses) on a fresh store in a
/// temporary folder, deleted on dispose. (The factory names its own type as the entry point: the test assembly has one,
/// the server library does not, and the host is built by <see cref="CreateHostBuilder"/>, not by running a Main.) Re-analysis runs after 20 ms instead of 2 s, so tests wait for stories briefly.
/// </summary>
public sealed class TrackerFactory : WebApplicationFactory<TrackerFactory>
{
    private readonly TrackerOptions _options;
    private readonly TempFolder? _folder;

    public TrackerFactory(Func<TrackerOptions, TrackerOptions>? configure = null, string? databasePath = null)
    {
        if (databasePath is null) _folder = new TempFolder();
        var options = new TrackerOptions
        {
            DatabasePath = databasePath ?? Path.Combine(_folder!.Path, "store.db"),
            AnalysisDelay = TimeSpan.FromMilliseconds(20),
        };
        _options = configure?.Invoke(options) ?? options;
    }

    public TrackerOptions Options => _options;

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web =>
            {
                web.UseSetting(WebHostDefaults.ContentRootKey, AppContext.BaseDirectory);
                web.ConfigureServices(s => s.AddTracker(_options));
                web.Configure(app => app.UseTracker());
            });

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    public StoryStore Store => Services.GetRequiredService<StoryStore>();

    /// <summary>Waits until every stored article is grouped and every touched story analysed.</summary>
    public async Task SettleAsync(TimeSpan? timeout = null)
    {
        var tracker = Services.GetRequiredService<StoryTracker>();
        var store = Store;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            var stats = store.Stats();
            if (stats.Pending == 0 && store.NextDueTicks() is null && tracker.Idle) return;
            await Task.Delay(25);
        }
        throw new TimeoutException("the tracker did not settle: " + store.Stats());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _folder?.Dispose();
    }
}

/// <summary>A temporary folder, removed with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "storyline-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Paths of the repository (its samples are ours, so tests may use them).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Storyline.slnx) above " + AppContext.BaseDirectory);
    }
}
