using System.Text.Json;
using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>Stages are pure and results are kept in input order: the report must not depend on how many threads ran.</summary>
public sealed class ThreadCountTests
{
    private static string Report(IReadOnlyList<ArticleDraft> drafts, int threads) =>
        JsonReportWriter.Write(ReportBuilder.Build(new Digester(new DigestOptions { MaxParallelism = threads }).RunDrafts(drafts)));

    /// <summary>Forty DUC 2004 texts (four clusters): several stories, so both article and story stages run in parallel.</summary>
    private static List<ArticleDraft> DucDrafts()
    {
        var drafts = new List<ArticleDraft>();
        foreach (var line in File.ReadLines(SharedData.Path("data", "duc2004", "task2.jsonl")).Take(4))
        {
            using var json = JsonDocument.Parse(line);
            var cluster = json.RootElement.GetProperty("cluster_id").GetString();
            int k = 0;
            foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
                drafts.Add(new ArticleDraft($"{cluster}-{k++}.txt", d.GetString()!, new ArticleMetadata()));
        }
        return drafts;
    }

    [SharedDataFact]
    public void Forty_news_texts_give_the_same_report_with_one_thread_and_with_four()
    {
        var drafts = DucDrafts();
        var one = Report(drafts, 1);
        Assert.Contains("\"stories\"", one);
        Assert.Equal(one, Report(drafts, 4));
        Assert.Equal(one, Report(drafts, 4)); // and again: no state carried between runs
    }

    [SharedDataFact]
    public void Every_long_phase_reports_progress_in_order_with_counts()
    {
        var seen = new List<DigestProgress>();
        var progress = new Recorder(seen);
        new Digester(new DigestOptions { MaxParallelism = 2 }).RunDrafts(DucDrafts().Take(12).ToList(), progress);
        var phases = seen.Select(p => p.Stage).Distinct().ToList();
        Assert.Equal(["clean", "annotate", "group", "analyse"], phases);
        foreach (var phase in phases)
        {
            var last = seen.Where(p => p.Stage == phase).MaxBy(p => p.Done);
            Assert.Equal(last.Total, last.Done);
        }
    }

    private sealed class Recorder(List<DigestProgress> seen) : IProgress<DigestProgress>
    {
        public void Report(DigestProgress value) { lock (seen) seen.Add(value); }
    }
}
