using System.Text.Json;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.Report;

/// <summary>
/// Facts, figures, quotes and timeline entries have stable ids, and everything that points at one of them points by id.
/// The samples (our own articles, in the repository) have a conflict and a copy, and a two-article fixture has differing
/// figures, so every kind of reference is exercised.
/// </summary>
public sealed class StableItemIdTests
{
    private static string[] SampleFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "samples")).Order(StringComparer.Ordinal).ToArray();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }

    private static readonly Lazy<ReportDocument> Samples = new(() => Digest(SampleFiles()));

    private static ReportDocument Digest(IEnumerable<string> files) =>
        ReportBuilder.Build(new Digester(TestModels.Options()).Run(files));

    /// <summary>Every item id of every story, by kind, sorted: what must not depend on the run or the input order.</summary>
    private static List<string> Ids(ReportDocument report) =>
        report.Stories.SelectMany(s => s.Facts.Select(f => $"{s.Id} fact {f.Id} {string.Join(',', f.ConflictsWithIds.Order())}")
                .Concat(s.Figures.Select(f => $"{s.Id} figure {f.Id} {string.Join(',', f.DiffersFromIds.Order())}"))
                .Concat(s.Quotes.Select(q => $"{s.Id} quote {q.Id}"))
                .Concat(s.Timeline.Concat(s.Background).Select(t => $"{s.Id} timeline {t.Id}"))
                .Concat(s.Conflicts.Select(c => $"{s.Id} conflict {c.FactAId} {c.FactBId}")))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_same_input_gives_the_same_ids()
    {
        var again = Digest(SampleFiles());
        Assert.NotEmpty(Ids(Samples.Value));
        Assert.Equal(Ids(Samples.Value), Ids(again));
    }

    /// <summary>
    /// The samples read into drafts, every one dated. An undated article stands where it arrived (it is as recent as the
    /// article before it, and the first of two copies is the original), so arrival order is information about it and
    /// only dated input can promise the same result in any order: the one sample without a date gets its day.
    /// </summary>
    private static List<ArticleDraft> DatedSampleDrafts()
    {
        var digester = new Digester(TestModels.Options());
        return SampleFiles()
            .SelectMany(f => digester.Read(InputLoader.Load(f, 1 << 26).Document!).Drafts)
            .Select(d => d.Metadata.Published is null
                ? d with { Metadata = d.Metadata with { Published = new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero) } }
                : d)
            .ToList();
    }

    [Fact]
    public void Reordered_input_gives_the_same_ids()
    {
        var drafts = DatedSampleDrafts();
        Assert.All(drafts, d => Assert.NotNull(d.Metadata.Published));
        var digester = new Digester(TestModels.Options());
        var forward = ReportBuilder.Build(digester.RunDrafts(drafts));
        var reversed = ReportBuilder.Build(digester.RunDrafts(Enumerable.Reverse(drafts).ToList()));
        var rotated = ReportBuilder.Build(digester.RunDrafts([.. drafts.Skip(2), .. drafts.Take(2)]));

        Assert.NotEmpty(Ids(forward));
        Assert.Equal(Ids(forward), Ids(reversed));
        Assert.Equal(Ids(forward), Ids(rotated));
    }

    [Fact]
    public void Ids_are_well_formed_and_unique_within_each_story()
    {
        foreach (var s in Samples.Value.Stories)
        {
            var ids = s.Facts.Select(f => f.Id).Concat(s.Figures.Select(f => f.Id)).Concat(s.Quotes.Select(q => q.Id))
                .Concat(s.Timeline.Select(t => t.Id)).Concat(s.Background.Select(t => t.Id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(s.Facts, f => Assert.Matches("^f[0-9a-f]{10}(-[0-9]+)?$", f.Id));
            Assert.All(s.Figures, f => Assert.Matches("^n[0-9a-f]{10}(-[0-9]+)?$", f.Id));
            Assert.All(s.Quotes, q => Assert.Matches("^q[0-9a-f]{10}(-[0-9]+)?$", q.Id));
            Assert.All(s.Timeline.Concat(s.Background), t => Assert.Matches("^t[0-9a-f]{10}(-[0-9]+)?$", t.Id));
        }
    }

    /// <summary>Two accounts whose figures differ in sentences the fact ledger does not pair, so the figure list
    /// (not the fact ledger) shows the difference.</summary>
    private static readonly Lazy<ReportDocument> DifferingFigures = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("storyline-ids-");
        File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), """
            Title: Flooding closes river road in Harrow Vale

            The river road through Harrow Vale was closed on Monday after heavy rain, the county council said.

            By Monday night 300 homes had no electricity. Crews expected repairs to take several days.

            Residents were advised to avoid the low bridge until the water level drops.
            """);
        File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), """
            Title: Harrow Vale river road shut as rain floods valley

            Heavy rain flooded the river road in Harrow Vale on Monday, and the county council closed it to traffic.

            "By Monday night 450 homes had no electricity," the utility's spokesman told reporters at a briefing in the town hall.

            The low bridge remains under water, according to the council.
            """);
        try { return Digest(Directory.GetFiles(dir.FullName).Order(StringComparer.Ordinal)); }
        finally { dir.Delete(recursive: true); }
    });

    [Fact]
    public void Every_reference_resolves_and_the_index_fields_agree_with_the_ids()
    {
        var (conflictInSamples, _) = CheckReferences(Samples.Value);
        var (_, differingInFixture) = CheckReferences(DifferingFigures.Value);
        Assert.Contains(Samples.Value.Articles, a => a.DuplicateOf is not null);
        Assert.True(conflictInSamples, "the samples have a conflict: fact references were exercised");
        Assert.True(differingInFixture, "the two accounts have differing figures: figure references were exercised");
    }

    private static (bool Conflict, bool Differing) CheckReferences(ReportDocument report)
    {
        var articleIds = report.Articles.Select(a => a.Id).ToHashSet();
        Assert.All(report.Articles.Where(a => a.DuplicateOf is not null), a => Assert.Contains(a.DuplicateOf!, articleIds));
        bool sawConflict = false, sawDiffering = false;
        foreach (var s in report.Stories)
        {
            var facts = s.Facts.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var figures = s.Figures.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var entities = s.Entities.Select(e => e.Id).ToHashSet();
            foreach (var f in s.Facts)
            {
                Assert.Equal(f.ConflictsWithIds.Select(id => facts[id]), f.ConflictsWith);
                Assert.DoesNotContain(f.Id, f.ConflictsWithIds);
                sawConflict |= f.ConflictsWithIds.Count > 0;
            }
            foreach (var f in s.Figures)
            {
                Assert.Equal(f.DiffersFromIds.Select(id => figures[id]), f.DiffersFrom);
                // differing is mutual
                Assert.All(f.DiffersFromIds, id => Assert.Contains(f.Id, s.Figures[figures[id]].DiffersFromIds));
                sawDiffering |= f.DiffersFromIds.Count > 0;
            }
            foreach (var c in s.Conflicts)
            {
                Assert.Equal((s.Facts[c.FactA].Id, s.Facts[c.FactB].Id), (c.FactAId, c.FactBId));
                Assert.Contains(c.FactBId, s.Facts[c.FactA].ConflictsWithIds);
            }
            Assert.All(s.Quotes.Where(q => q.Speaker is not null), q => Assert.Contains(q.Speaker!, entities));
            Assert.All(s.Framing, f => Assert.Contains(f.Entity, entities));
            Assert.All(s.ArticleIds, id => Assert.Contains(id, articleIds));
        }
        return (sawConflict, sawDiffering);
    }

    [SharedDataFact]
    public void The_sample_report_with_its_ids_validates_against_the_contract()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SharedData.Path("contracts", "story-report.schema.json")));
        using var doc = JsonDocument.Parse(JsonReportWriter.Write(Samples.Value));
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, doc.RootElement));
        var fact = doc.RootElement.GetProperty("stories")[0].GetProperty("facts")[0];
        Assert.Equal(JsonValueKind.String, fact.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Array, fact.GetProperty("conflictsWithIds").ValueKind);
    }

    [Fact]
    public void An_item_id_hashes_the_story_and_the_normalised_content()
    {
        var id = StoryItemIds.For("s1", StoryItemIds.Fact, "The  ferry\nsank \u201Con Tuesday\u201D \u2014 officials");
        Assert.Equal(id, StoryItemIds.For("s1", StoryItemIds.Fact, "the ferry sank \"on tuesday\" - OFFICIALS"));
        Assert.NotEqual(id, StoryItemIds.For("s2", StoryItemIds.Fact, "the ferry sank \"on tuesday\" - officials"));
        Assert.NotEqual(id, StoryItemIds.For("s1", StoryItemIds.Quote, "the ferry sank \"on tuesday\" - officials"));
        Assert.Matches("^f[0-9a-f]{10}$", id);
    }

    [Fact]
    public void Items_of_equal_content_get_suffixes_by_what_they_cite_not_by_their_place()
    {
        (string, string)[] items = [("14 people", "a2:5-14"), ("20 people", "a1:0-9"), ("14 people", "a1:30-39")];
        var ids = StoryItemIds.Assign("s1", StoryItemIds.Figure, items);
        var reversed = StoryItemIds.Assign("s1", StoryItemIds.Figure, Enumerable.Reverse(items).ToList());

        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, Enumerable.Reverse(reversed));
        var plain = StoryItemIds.For("s1", StoryItemIds.Figure, "14 people");
        Assert.Equal(plain, ids[2]);          // "a1:…" sorts before "a2:…"
        Assert.Equal(plain + "-2", ids[0]);
    }
}
