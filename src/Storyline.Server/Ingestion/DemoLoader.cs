using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Problems;
using Storyline.Server.Settings;

namespace Storyline.Server.Ingestion;

/// <summary>
/// <c>serve --demo</c>: reads the sample articles once at start, in one batch and in <c>digest</c>'s order, so a
/// newcomer sees the stories <c>digest samples/</c> prints. Already stored samples are recognised and not stored twice.
/// </summary>
public sealed class DemoLoader(TrackerOptions options, ArticleIntake intake, FileReader reader, ILogger<DemoLoader> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.DemoFolder is not { } folder) return;
        await Task.Yield();
        var problems = new List<Problem>();
        var read = FileReader.Collect([folder], problems).Select(f => reader.Read(f, options.MaxPostBytes)).ToList();
        problems.AddRange(read.SelectMany(r => r.Problems));
        var drafts = read.SelectMany(r => r.Drafts).ToList();
        var items = await intake.AddAsync(drafts, stoppingToken).ConfigureAwait(false);
        foreach (var p in problems) log.LogWarning("demo: {Source}: {Reason}", p.Source, p.Reason);
        log.LogInformation("demo: {Accepted} sample articles from {Folder} ({Created} new)", items.Count(i => i.Accepted), folder, items.Count(i => i.Created));
    }
}
