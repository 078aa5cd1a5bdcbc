using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Storyline.Articles;
using Storyline.Report;
using Storyline.Server.Analysis;
using Storyline.Server.Ingestion;
using Storyline.Server.Settings;
using Storyline.Server.Store;
using Storyline.Stories;

namespace Storyline.Server.Api;

/// <summary>
/// The JSON API. Every error is an RFC 7807 problem (<c>application/problem+json</c>) with a plain <c>detail</c>;
/// story reports are the story-report contract, version 1, exactly as <c>digest --format json</c> writes them.
/// </summary>
public static class ApiEndpoints
{
    public const int MaxListLimit = 200;

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (StoryStore store) => Results.Ok(new Health("ok", store.SchemaVersion)))
            .WithName("health").WithSummary("Liveness: the store is open.");

        var api = app.MapGroup("/api").WithTags("storyline");

        api.MapGet("/stats", (StoryStore store, StoryTracker tracker) =>
        {
            var s = store.Stats();
            return Results.Ok(new Stats(s.Articles, s.Stories, s.Feeds, s.Pending, s.Waiting, s.Failed, s.Aliases, s.Versions, s.Bytes, s.SchemaVersion, tracker.WindowSize,
                s.Pending == 0 && s.Waiting == 0 && tracker.Idle));
        }).WithSummary("Counts: articles, stories, feeds, articles waiting for analysis, store size.");

        api.MapGet("/stories", (StoryStore store, string? since, int? limit, string? cursor) =>
        {
            long sinceTicks = 0;
            if (since is not null)
            {
                if (!TryParseTime(since, out var t)) return BadRequest("'since' is not a date or date-time (ISO 8601, e.g. 2026-03-04 or 2026-03-04T10:00:00Z)");
                sinceTicks = t.UtcTicks;
            }
            int n = limit ?? 50;
            if (n is < 1 or > MaxListLimit) return BadRequest($"'limit' must be between 1 and {MaxListLimit}");
            (long, string)? after = null;
            if (cursor is not null)
            {
                if (DecodeCursor(cursor) is not { } c) return BadRequest("'cursor' is not a cursor this API gave out");
                after = c;
            }
            var rows = store.RecentStories(sinceTicks, n + 1, after);
            var page = rows.Take(n).ToList();
            string? next = rows.Count > n ? EncodeCursor(page[^1].LastSeen.UtcTicks, page[^1].Id) : null;
            return Results.Ok(new StoryList([.. page.Select(StoryListItem.From)], next));
        }).WithSummary("Stories updated since a time, latest first, a page at a time.")
          .Produces<StoryList>().ProducesProblem(400);

        api.MapGet("/stories/{id}", (string id, StoryStore store, HttpContext http) =>
        {
            var resolved = store.Resolve(id);
            if (resolved is null) return NotFound($"no story '{id}'");
            if (resolved != id) return Results.Redirect($"/api/stories/{Uri.EscapeDataString(resolved)}", permanent: true, preserveMethod: true);
            var report = ReadReport(store, id, out bool analysed);
            if (report is null) return NotFound($"no story '{id}'");
            if (!analysed) http.Response.Headers["X-Storyline-Analysis"] = "pending";
            return Results.Json(report, JsonReportWriter.Options);
        }).WithSummary("One story in the story-report contract (version 1): its articles and the story. A merged story's old id redirects.")
          .Produces<ReportDocument>().ProducesProblem(404);

        api.MapGet("/stories/{id}/changes", (string id, string? since, StoryStore store) =>
        {
            var resolved = store.Resolve(id);
            if (resolved is null) return NotFound($"no story '{id}'");
            if (resolved != id) return Results.Redirect($"/api/stories/{Uri.EscapeDataString(resolved)}/changes{(since is null ? "" : "?since=" + Uri.EscapeDataString(since))}", permanent: true, preserveMethod: true);
            if (since is null) return BadRequest("'since' is required: the time of the version to compare with");
            if (!TryParseTime(since, out var t)) return BadRequest("'since' is not a date or date-time (ISO 8601)");
            return Results.Ok(StoryHistory.Changes(id, store.Versions(id), t));
        }).WithSummary("What changed in a story since a time: new articles, outlets and facts, facts whose status changed.")
          .Produces<StoryChanges>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/articles/{id}", (string id, StoryStore store) =>
        {
            var a = store.GetArticle(id);
            if (a is null) return NotFound($"no article '{id}'");
            return Results.Ok(ToView(a));
        }).WithSummary("One article: cleaned text, the lines removed while cleaning (with reasons), metadata and its story.")
          .Produces<ArticleView>().ProducesProblem(404);

        api.MapPost("/articles", PostArticles)
            .WithSummary("Adds articles: a JSON array of {text, title?, outlet?, url?, published?, author?, section?, genre?, keywords?}, one such object, or JSON Lines. Answers once they are durably stored.")
            .Accepts<List<ArticleRecordDoc>>("application/json", "application/x-ndjson")
            .Produces<PostResult>(201).Produces<PostResult>(200).ProducesProblem(400).ProducesProblem(413).ProducesProblem(422);

        api.MapGet("/search", (string? q, int? limit, StoryStore store) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return BadRequest("'q' is required: the words to look for");
            int n = limit ?? 20;
            if (n is < 1 or > MaxListLimit) return BadRequest($"'limit' must be between 1 and {MaxListLimit}");
            return Results.Ok(new SearchResults(q, store.Search(q, n)));
        }).WithSummary("Articles and facts containing every word of q (full-text, best first), with snippets and story ids.")
          .Produces<SearchResults>().ProducesProblem(400);

        api.MapGet("/feeds", (StoryStore store) => Results.Ok(new FeedList([.. store.Feeds().Select(FeedView.From)])))
            .WithSummary("Followed feeds with their health, last poll and last problem.");

        api.MapPost("/feeds", async (FeedRequest? request, StoryStore store, TrackerOptions options, IngestSignal signal, CancellationToken ct) =>
        {
            if (request?.Url is not { } url || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return BadRequest("'url' must be an absolute http or https URL");
            int interval = request.IntervalSeconds ?? (int)options.FeedInterval.TotalSeconds;
            if (interval < options.MinFeedInterval.TotalSeconds || interval > 7 * 24 * 3600)
                return BadRequest($"'intervalSeconds' must be between {options.MinFeedInterval.TotalSeconds:0} and {7 * 24 * 3600}");
            var (feed, created) = await store.AddFeedAsync(uri.ToString(), interval, ct);
            return created ? Results.Created($"/api/feeds/{feed.Id}", FeedView.From(feed)) : Results.Ok(FeedView.From(feed));
        }).WithSummary("Follows a feed (RSS, Atom or RDF); polled at once, then every intervalSeconds.")
          .Produces<FeedView>(201).Produces<FeedView>(200).ProducesProblem(400);

        api.MapDelete("/feeds/{id:long}", async (long id, StoryStore store, CancellationToken ct) =>
            await store.DeleteFeedAsync(id, ct) ? Results.NoContent() : NotFound($"no feed {id}"))
            .WithSummary("Stops following a feed (its articles stay).").ProducesProblem(404);
    }

    /// <summary>An article record as POSTed (for the OpenAPI document; the body is read by <see cref="PostedArticles"/>).</summary>
    public sealed record ArticleRecordDoc(string Text, string? Title, string? Outlet, string? Url, string? Published, string? Author = null,
        string? Section = null, string? Genre = null, string? Keywords = null);

    private static async Task<IResult> PostArticles(HttpContext http, ArticleIntake intake, TrackerOptions options, CancellationToken ct)
    {
        long limit = options.MaxPostBytes;
        if (http.Request.ContentLength is long declared && declared > limit) return TooLarge(limit);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                int n = await http.Request.Body.ReadAsync(chunk, ct);
                if (n == 0) break;
                if (buffer.Length + n > limit) return TooLarge(limit);
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        var (records, error) = PostedArticles.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), http.Request.ContentType);
        if (error is not null) return BadRequest(error.Reason, "malformed-json");
        if (records.Count == 0) return Problem(422, "No articles", "the body holds no article records", "no-records");
        if (records.Count > options.MaxPostRecords)
            return Problem(413, "Too many records", $"{records.Count} records; at most {options.MaxPostRecords} per request", "too-many-records");
        var drafts = records.Where(r => r.Draft is not null).ToList();
        var items = await intake.AddAsync([.. drafts.Select(r => r.Draft!)], ct);
        var problems = records.Where(r => r.Problem is not null).Select(r => new RecordProblem(r.Index, r.Problem!, r.Code ?? "json-record-no-text"))
            .Concat(items.Where(i => !i.Accepted).Select(i => new RecordProblem(drafts[i.Index].Index, i.Problem!, i.Code ?? "article-too-short")))
            .OrderBy(p => p.Record).ToList();
        var accepted = items.Where(i => i.Accepted).OrderBy(i => drafts[i.Index].Index).ToList();
        var result = new PostResult(accepted.Count, accepted.Count(i => i.Created), [.. accepted.Select(i => i.Id!)], problems);
        if (accepted.Count == 0)
            return Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 422, Title = "No article accepted", Type = ProblemType("no-article-accepted"),
                Detail = string.Join("; ", problems.Take(5).Select(p => $"record {p.Record}: {p.Reason}")),
                Extensions = { ["problems"] = problems },
            });
        return result.Created > 0 ? Results.Json(result, statusCode: 201) : Results.Ok(result);
    }

    internal static ReportDocument? ReadReport(StoryStore store, string id, out bool analysed)
    {
        analysed = false;
        var members = store.StoryArticles(id);
        if (store.GetReport(id) is { } json && StoryReports.Read(json, members) is { } report)
        {
            analysed = true;
            return report;
        }
        if (members.Count == 0) return null;
        // not analysed yet: the story with its articles and no sections, in the same contract
        var articles = members.Select(m => m.ToArticle()).ToList();
        return ReportBuilder.Build(new DigestResult([.. articles], [new StoryDocument(new Story(id, [.. articles]))], []));
    }

    internal static ArticleView ToView(StoredArticle a) => new(
        a.Id, a.Source, a.Metadata.Title, a.Metadata.Outlet, a.Metadata.Url, a.Metadata.Author, a.Metadata.Language,
        ReportBuilder.FormatDate(a.Metadata.Published, a.Metadata.PublishedDateOnly), a.Metadata.PublishedInferred, a.Received,
        a.State.ToString().ToLowerInvariant(), a.Problem, a.StoryId, a.DuplicateOf, a.ResubmissionOf, a.Text,
        [.. a.Removed.Select(r => new RemovedLine(r.Text, r.Reason))], a.Metadata.Section, a.Metadata.Genre, a.Metadata.Keywords);

    internal static bool TryParseTime(string value, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    internal static string EncodeCursor(long ticks, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ticks.ToString(CultureInfo.InvariantCulture)}|{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static (long, string)? DecodeCursor(string cursor)
    {
        try
        {
            var s = cursor.Replace('-', '+').Replace('_', '/');
            s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(s));
            int bar = text.IndexOf('|');
            if (bar <= 0 || !long.TryParse(text[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) return null;
            return (ticks, text[(bar + 1)..]);
        }
        catch (FormatException) { return null; }
    }

    internal static string ProblemType(string code) => "https://storyline.invalid/problems/" + code;

    internal static IResult Problem(int status, string title, string detail, string code) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: ProblemType(code));

    private static IResult BadRequest(string detail, string code = "bad-request") => Problem(400, "Bad request", detail, code);

    private static IResult NotFound(string detail) => Problem(404, "Not found", detail, "not-found");

    private static IResult TooLarge(long limit) =>
        Problem(413, "Request too large", $"the body is larger than the {limit.ToString("N0", CultureInfo.InvariantCulture)}-byte limit; send fewer articles per request", "too-large");
}
