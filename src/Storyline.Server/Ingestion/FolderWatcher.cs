using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Problems;
using Storyline.Server.Settings;
using Storyline.Server.Store;

namespace Storyline.Server.Ingestion;

/// <summary>
/// Reads new and changed files in watched folders (recursively, every format <c>digest</c> reads). The store remembers
/// each file's size and time, so a restart does not read a folder again, and a changed file is read again (its
/// articles are idempotent: an unchanged article in it is recognised). File-system events trigger a scan at once; a
/// periodic scan catches what events miss (network shares, events dropped under load). A file still being written
/// (modified in the last second) waits for the next scan.
/// </summary>
public sealed class FolderWatcher(StoryStore store, ArticleIntake intake, FileReader reader, TrackerOptions options, TimeProvider clock, ILogger<FolderWatcher> log)
    : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.WatchFolders.Count == 0) return;
        await Task.Yield();
        var watchers = new List<FileSystemWatcher>();
        foreach (var folder in options.WatchFolders.Where(Directory.Exists))
        {
            var w = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            w.Created += (_, _) => Wake();
            w.Changed += (_, _) => Wake();
            w.Renamed += (_, _) => Wake();
            w.EnableRaisingEvents = true;
            watchers.Add(w);
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try { await ScanAsync(stoppingToken).ConfigureAwait(false); }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
                catch (Exception ex) when (ex is not OutOfMemoryException) { log.LogError(ex, "scanning watched folders failed; retrying"); }
                try { await _changed.WaitAsync(options.WatchInterval, stoppingToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
            }
        }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
    }

    private void Wake()
    {
        try { _changed.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>One pass over the watched folders: new and changed files are read and their articles stored.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        int read = 0;
        var settled = clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(1);
        foreach (var path in FileReader.Collect(options.WatchFolders.Where(Directory.Exists), problems))
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.LastWriteTimeUtc > settled) continue;
            if (!store.IsNewOrChanged(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks)) continue;
            var contents = reader.Read(path, options.MaxPostBytes);
            problems.AddRange(contents.Problems);
            var items = await intake.AddAsync(contents.Drafts, cancellationToken).ConfigureAwait(false);
            foreach (var item in items.Where(i => !i.Accepted)) problems.Add(new Problem(path, item.Problem!, item.Code ?? ProblemCodes.ArticleRefused));
            await store.RecordFileAsync(info.FullName, info.Length, info.LastWriteTimeUtc.Ticks, cancellationToken).ConfigureAwait(false);
            read++;
        }
        foreach (var p in problems) log.LogWarning("watch: {Source}: {Reason}", p.Source, p.Reason);
        return read;
    }
}
