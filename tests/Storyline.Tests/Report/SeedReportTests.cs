using Storyline.Stories;
using System.Text.Json;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Tests.Support;

namespace Storyline.Tests.Report;

/// <summary>The canonical example: the five seed articles in ../shared/seeds, digested end to end.</summary>
public class SeedReportTests
{
    private static readonly Lazy<(DigestResult Result, ReportDocument Report, string Json)> Digest = new(() =>
    {
        var result = new Digester(TestModels.Options()).Run([SharedData.Path("seeds")]);
        var report = ReportBuilder.Build(result);
        return (result, report, JsonReportWriter.Write(report));
    });

    [SharedDataFact]
    public void Seed_report_validates_against_the_contract()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedData.Path("contracts", "story-report.schema.json")));
        using var doc = JsonDocument.Parse(Digest.Value.Json);
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, doc.RootElement));
    }

    [SharedDataFact]
    public void Seed_report_has_five_articles_in_one_story_and_no_problems()
    {
        var (result, report, _) = Digest.Value;
        Assert.Equal(5, report.Articles.Count);
        Assert.Empty(result.Problems);
        Assert.Contains(report.Stories, s => s.ArticleIds.Count == 5);
    }

    [SharedDataFact]
    public void Every_citation_is_in_bounds()
    {
        var report = Digest.Value.Report;
        var texts = report.Articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var c in AllCitations(report))
        {
            Assert.True(texts.ContainsKey(c.Article), $"citation to unknown article {c.Article}");
            Assert.InRange(c.Start, 0, c.End);
            Assert.InRange(c.End, c.Start + 1, texts[c.Article].Length);
        }
    }

    [SharedDataFact]
    public void Every_summary_sentence_is_the_text_of_its_leading_cited_spans()
    {
        var report = Digest.Value.Report;
        var texts = report.Articles.ToDictionary(a => a.Id, a => a.Text);
        var story = Assert.Single(report.Stories);
        Assert.NotEmpty(story.Summary);
        foreach (var s in story.Summary)
        {
            Assert.NotEmpty(s.Citations);
            // the kept parts of the source sentence come first: one span, or several when parts were left out
            var first = s.Citations[0].Article;
            var parts = s.Citations.TakeWhile(c => c.Article == first).Select(c => Normalize(texts[c.Article][c.Start..c.End])).ToList();
            var shown = string.Concat(parts.Select((p, i) => i == 0 || ",.;:!?".Contains(p[0]) ? p : " " + p));
            Assert.True(Normalize(s.Text) == shown, $"summary sentence '{s.Text}' is not its cited parts '{shown}'");
        }
    }

    /// <summary>
    /// The seed noise, by raw line number (0-based) of each seed file: every such line is removed,
    /// and no other line is (so no sentence of reporting is lost). Lines were classified by reading
    /// each file; a title line moves to metadata and is listed separately.
    /// </summary>
    public static TheoryData<string, int[], int?> SeedNoise => new()
    {
        { "000_1476f43bc1fd458d.txt", [], null },
        { "001_c8d44bf113e1de9b.txt", [2, 3, 13], 0 },
        { "002_34df27f0f9e83260.txt", [2, 53, 55], 0 },
        { "003_d11bcdd6ba81869e.txt", [2], 0 },
        { "004_e5b139a28bf6bbf6.txt", [0, 1, 2, 6, 7, 8, 15, 19, 20, 27, 31, 32, 39, 41, 42, 43, 44, 45, 46, 47], 4 },
    };

    [SharedDataTheory]
    [MemberData(nameof(SeedNoise))]
    public void Seed_boilerplate_is_removed_and_reporting_kept(string file, int[] noiseLines, int? titleLine)
    {
        var raw = File.ReadAllText(SharedData.Path("seeds", file));
        var article = Digest.Value.Result.Articles.Single(a => Path.GetFileName(a.Source) == file);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < raw.Length; i++) if (raw[i] == '\n') lineStarts.Add(i + 1);
        int LineOf(int offset) => lineStarts.FindLastIndex(s => s <= offset);

        var removedLines = article.Removed.Select(r => LineOf(r.RawStart)).Order().ToArray();
        Assert.Equal(noiseLines, removedLines);
        if (titleLine is { } t) Assert.Equal(raw.Split('\n')[t].Trim(), article.Metadata.Title);
        else Assert.Null(article.Metadata.Title);
    }

    [SharedDataFact]
    public void Seed_outlets_and_dates_are_found()
    {
        var articles = Digest.Value.Result.Articles.ToDictionary(a => Path.GetFileName(a.Source));
        Assert.Equal("One America News Network", articles["001_c8d44bf113e1de9b.txt"].Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2019, 1, 28, 6, 56, 0, TimeSpan.FromHours(-8)), articles["001_c8d44bf113e1de9b.txt"].Metadata.Published);
        Assert.False(articles["001_c8d44bf113e1de9b.txt"].Metadata.PublishedInferred);
        Assert.Equal("Sputnik International", articles["004_e5b139a28bf6bbf6.txt"].Metadata.Outlet);
        Assert.True(articles["004_e5b139a28bf6bbf6.txt"].Metadata.PublishedInferred);
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static IEnumerable<ReportCitation> AllCitations(ReportDocument report) =>
        report.Stories.SelectMany(s =>
            s.HeadlineCitations
            .Concat(s.Summary.SelectMany(x => x.Citations))
            .Concat(s.Entities.SelectMany(x => x.Mentions))
            .Concat(s.Quotes.SelectMany(x => x.Citations))
            .Concat(s.Facts.SelectMany(x => x.Citations))
            .Concat(s.Figures.SelectMany(x => x.Citations))
            .Concat(s.Framing.SelectMany(x => x.Labels.SelectMany(l => l.Citations)))
            .Concat(s.Timeline.SelectMany(x => x.Citations)));
}
