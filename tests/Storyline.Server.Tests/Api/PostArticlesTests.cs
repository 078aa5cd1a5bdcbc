using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Api;

public sealed class PostArticlesTests : IDisposable
{
    private readonly TrackerFactory _factory = new(o => o with { MaxPostBytes = 64 * 1024 });

    public void Dispose() => _factory.Dispose();

    internal static string Body(int n, string outlet = "Test Wire") =>
        $"The harbour authority of Port Elwin said on Monday that dredging of the north channel will begin in May after a survey found silt {n} metres deep near the ferry berth, and that ferries will keep running on a reduced timetable while the work lasts.";

    internal static object Record(int n, string? url = null, string outlet = "Test Wire") =>
        new { text = Body(n, outlet), title = $"Dredging to start in May ({n})", outlet, url = url ?? $"https://wire.example/dredging-{n}", published = "2026-05-04T10:00:00Z" };

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task An_array_is_stored_and_answered_with_the_ids_only_after_it_is_in_the_store()
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/articles", new[] { Record(1), Record(2) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await Json(response);
        Assert.Equal(2, json.GetProperty("accepted").GetInt32());
        Assert.Equal(2, json.GetProperty("created").GetInt32());
        var ids = json.GetProperty("ids").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.Equal(2, ids.Count);
        // acknowledged means stored: the ids are in the store the moment the answer arrives
        foreach (var id in ids) Assert.NotNull(_factory.Store.GetArticle(id));
    }

    [Fact]
    public async Task One_object_and_JSON_Lines_are_accepted_too()
    {
        var client = _factory.CreateClient();
        var one = await client.PostAsJsonAsync("/api/articles", Record(3));
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        Assert.Single((await Json(one)).GetProperty("ids").EnumerateArray());

        var lines = string.Join("\n", new[] { Record(4), Record(5) }.Select(r => JsonSerializer.Serialize(r))) + "\n";
        var jsonl = await client.PostAsync("/api/articles", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Created, jsonl.StatusCode);
        Assert.Equal(2, (await Json(jsonl)).GetProperty("accepted").GetInt32());
        // JSON Lines sent as application/json are recognised as lines
        var unlabelled = string.Join("\n", new[] { Record(6), Record(7) }.Select(r => JsonSerializer.Serialize(r)));
        var sent = await client.PostAsync("/api/articles", new StringContent(unlabelled, Encoding.UTF8, "application/json"));
        Assert.Equal(2, (await Json(sent)).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task The_same_URL_or_the_same_text_twice_is_stored_once_and_answered_with_the_existing_id()
    {
        var client = _factory.CreateClient();
        var first = (await Json(await client.PostAsJsonAsync("/api/articles", Record(8)))).GetProperty("ids")[0].GetString();

        var again = await client.PostAsJsonAsync("/api/articles", Record(8));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var json = await Json(again);
        Assert.Equal(first, json.GetProperty("ids")[0].GetString());
        Assert.Equal(0, json.GetProperty("created").GetInt32());

        // same outlet and text under another URL (tracking parameters, a mirror): the same article
        var mirrored = await Json(await client.PostAsJsonAsync("/api/articles", Record(8, url: "https://mirror.example/x?utm_source=feed")));
        Assert.Equal(first, mirrored.GetProperty("ids")[0].GetString());
        // twice in one batch
        var batch = await Json(await client.PostAsJsonAsync("/api/articles", new[] { Record(9), Record(9) }));
        var ids = batch.GetProperty("ids").EnumerateArray().Select(x => x.GetString()).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, batch.GetProperty("created").GetInt32());
        Assert.Equal(2, _factory.Store.Stats().Articles);
    }

    [Theory]
    [InlineData("[{\"text\": \"unterminated}]")]
    [InlineData("{\"text\": 1,}")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Malformed_JSON_is_a_400_problem_and_nothing_is_stored(string body)
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(0, _factory.Store.Stats().Articles);
    }

    [Fact]
    public async Task A_bad_line_of_JSON_Lines_refuses_the_whole_body_naming_the_line()
    {
        var client = _factory.CreateClient();
        var body = JsonSerializer.Serialize(Record(10)) + "\n{\"text\": oops}\n";
        var response = await client.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 2", (await Json(response)).GetProperty("detail").GetString());
        Assert.Equal(0, _factory.Store.Stats().Articles);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var client = _factory.CreateClient();
        var records = Enumerable.Range(0, 400).Select(i => Record(100 + i)).ToArray();
        var response = await client.PostAsJsonAsync("/api/articles", records);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, _factory.Store.Stats().Articles);
    }

    [Fact]
    public async Task Records_without_usable_text_are_listed_as_problems_and_the_rest_is_stored()
    {
        var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/articles", new object[] { new { title = "no text" }, Record(11), new { text = "Too short." }, 42 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await Json(response);
        Assert.Equal(1, json.GetProperty("accepted").GetInt32());
        var problems = json.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("record").GetInt32(), p.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal([0, 2, 3], problems.Select(p => p.Item1));
        Assert.Contains("too short", problems[1].Item2);

        var none = await client.PostAsJsonAsync("/api/articles", new object[] { new { title = "no text" } });
        Assert.Equal((HttpStatusCode)422, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class PostedMetadataTests : IDisposable
{
    private readonly TrackerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Section_genre_and_keywords_are_stored_and_an_opinion_section_shows_as_the_article_kind()
    {
        var client = _factory.CreateClient();
        var records = new object[]
        {
            new { text = PostArticlesTests.Body(1), title = "Dredging to start in May", outlet = "Test Wire", url = "https://wire.example/d1", published = "2026-05-04T10:00:00Z" },
            new
            {
                text = PostArticlesTests.Body(1, "Other Paper") + " The channel has needed this work for years, and the timetable is the price of delay.",
                title = "The channel work is overdue", outlet = "Other Paper", url = "https://other.example/view", published = "2026-05-04T12:00:00Z",
                section = "Opinion", genre = "editorial", keywords = "harbour, dredging",
            },
        };
        var posted = await client.PostAsJsonAsync("/api/articles", records);
        var ids = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("ids").EnumerateArray().Select(x => x.GetString()!).ToList();
        await _factory.SettleAsync();

        var stored = _factory.Store.GetArticle(ids[1])!;
        Assert.Equal("Opinion", stored.Metadata.Section);
        Assert.Equal("editorial", stored.Metadata.Genre);
        Assert.Equal("harbour, dredging", stored.Metadata.Keywords);
        Assert.Null(_factory.Store.GetArticle(ids[0])!.Metadata.Section);
        var view = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{ids[1]}")).RootElement;
        Assert.Equal("Opinion", view.GetProperty("section").GetString());
        Assert.Equal("harbour, dredging", view.GetProperty("keywords").GetString());

        // the story analysis reads the stored section: the article page says opinion, and why
        var html = await client.GetStringAsync($"/articles/{ids[1]}");
        Assert.Matches("<dt>kind</dt><dd>opinion <span class=\"muted\">\\([^<]*Opinion", html);
        Assert.Contains("<dt>section</dt><dd>Opinion</dd>", html);
        Assert.Contains("<dt>kind</dt><dd>news</dd>", await client.GetStringAsync($"/articles/{ids[0]}"));
    }
}
