using Storyline.Server.Store;

namespace Storyline.Server.Api;

// What the API answers, as records: names are the JSON names (camelCase). Story reports themselves are the
// story-report contract (Storyline.Report.ReportDocument), not redeclared here.

public sealed record Health(string Status, int SchemaVersion);

/// <param name="Pending">Articles stored but not yet grouped.</param>
/// <param name="WaitingStories">Stories whose re-analysis is due or scheduled.</param>
/// <param name="Settled">Nothing pending and nothing waiting: every stored article is in the stories shown.</param>
public sealed record Stats(long Articles, long Stories, long Feeds, long Pending, long WaitingStories, long Failed, long Aliases, long Versions, long StoreBytes, int SchemaVersion, int WindowArticles, bool Settled);

public sealed record FactCounts(int Agreed, int SingleSource, int Contested);

public sealed record StoryListItem(
    string Id, string Headline, int Articles, int Outlets, IReadOnlyList<string> OutletNames, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    string? FirstPublished, string? LastPublished, FactCounts Facts, string? KeyFact, int Version, bool Analysed)
{
    public static StoryListItem From(StoryRow s) => new(s.Id, s.Headline, s.Articles, s.Outlets, s.OutletNames, s.FirstSeen, s.LastSeen,
        s.FirstPublished, s.LastPublished, new FactCounts(s.Agreed, s.SingleSource, s.Contested), s.KeyFact, s.Version, s.Analysed);
}

/// <param name="Next">Cursor for the next page (pass as <c>cursor</c>), null on the last page.</param>
public sealed record StoryList(IReadOnlyList<StoryListItem> Stories, string? Next);

public sealed record RemovedLine(string Text, string Reason);

public sealed record ArticleView(
    string Id, string Source, string? Title, string? Outlet, string? Url, string? Author, string? Language, string? Published, bool PublishedInferred,
    DateTimeOffset Received, string State, string? Problem, string? StoryId, string? DuplicateOf, string? ResubmissionOf, string Text, IReadOnlyList<RemovedLine> Removed,
    string? Section = null, string? Genre = null, string? Keywords = null);

/// <param name="Accepted">Records stored now or already stored.</param>
/// <param name="Created">Records stored now (the rest were already there: same URL, or same outlet and text).</param>
/// <param name="Ids">The accepted records' article ids, in the order sent.</param>
/// <param name="Problems">Records not accepted, by position in the body (0-based), with the reason.</param>
public sealed record PostResult(int Accepted, int Created, IReadOnlyList<string> Ids, IReadOnlyList<RecordProblem> Problems);

/// <param name="Code">The problem's code (as in digest's problems: <c>json-record-no-text</c>, <c>article-too-short</c>, …).</param>
public sealed record RecordProblem(int Record, string Reason, string Code);

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Results);

public sealed record FeedRequest(string? Url, int? IntervalSeconds);

public sealed record FeedView(
    long Id, string Url, string? Title, int IntervalSeconds, string Health, DateTimeOffset? LastPoll, DateTimeOffset? LastSuccess,
    DateTimeOffset? NextPoll, int Failures, string? LastProblem, long Articles)
{
    public static FeedView From(FeedRow f) => new(f.Id, f.Url, f.Title, f.IntervalSeconds,
        f.Failures == 0 ? (f.LastPoll is null ? "new" : "ok") : f.Failures < 3 ? "failing" : "down",
        f.LastPoll, f.LastSuccess, f.NextPollTicks <= 0 ? null : new DateTimeOffset(f.NextPollTicks, TimeSpan.Zero), f.Failures, f.LastProblem, f.Articles);
}

public sealed record FeedList(IReadOnlyList<FeedView> Feeds);

public sealed record StatusChange(string Fact, string From, string To);

/// <summary>What changed in a story between the version current at <see cref="Since"/> and now.</summary>
/// <param name="NewStory">True when the story did not exist yet at <see cref="Since"/>.</param>
public sealed record StoryChanges(
    string StoryId, DateTimeOffset Since, int FromVersion, int ToVersion, bool NewStory, int NewArticles,
    IReadOnlyList<string> NewOutlets, IReadOnlyList<string> NewFacts, IReadOnlyList<StatusChange> StatusChanges, IReadOnlyList<string> DroppedFacts);
