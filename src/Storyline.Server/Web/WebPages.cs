using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Report;
using Storyline.Server.Api;
using Storyline.Server.Store;
using static Storyline.Server.Web.Html;

namespace Storyline.Server.Web;

/// <summary>
/// The pages, rendered on the server from the same store and report contract as the API: the front page of stories,
/// a story, an article (with a cited span highlighted and a way back), search and sources. They work without script.
/// </summary>
public static partial class WebPages
{
    private const int FrontPageSize = 30;

    [GeneratedRegex("^[A-Za-z0-9-]{1,80}$")]
    private static partial Regex SafeToken();

    public static void MapWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(SiteStyle.Css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        app.MapGet("/", (StoryStore store, TimeProvider clock, int? page) => Front(store, clock.GetUtcNow(), Math.Max(0, page ?? 0))).ExcludeFromDescription();
        app.MapGet("/stories/{id}", (string id, string? since, StoryStore store, TimeProvider clock) => StoryPage(id, since, store, clock.GetUtcNow())).ExcludeFromDescription();
        app.MapGet("/articles/{id}", (string id, int? s, int? e, string? from, string? at, StoryStore store) => ArticlePage(id, s, e, from, at, store)).ExcludeFromDescription();
        app.MapGet("/search", (string? q, StoryStore store) => SearchPage(q, store)).ExcludeFromDescription();
        app.MapGet("/sources", (StoryStore store, TimeProvider clock) => SourcesPage(store, clock.GetUtcNow())).ExcludeFromDescription();
    }

    private static IResult Ok(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static IResult NotFoundPage(string what) =>
        Results.Content(Page("Not found", $"<h1>Not found</h1><p>{E(what)}</p><p><a href=\"/\">All stories</a></p>"), "text/html; charset=utf-8", Encoding.UTF8, 404);

    // ---- front page ----

    private static IResult Front(StoryStore store, DateTimeOffset now, int page)
    {
        var stories = store.RankedStories(FrontPageSize + 1, page * FrontPageSize);
        var h = new StringBuilder();
        var stats = store.Stats();
        h.Append("<h1>Stories</h1><p class=\"muted\">").Append(Plural(stats.Stories, "story", "stories")).Append(" from ")
         .Append(Plural(stats.Articles, "article", "articles")).Append(stats.Pending > 0 ? $" · {Plural(stats.Pending, "article", "articles")} being read" : "")
         .Append(" · most outlets and most recent first</p>\n");
        if (stories.Count == 0)
        {
            h.Append("<p>No stories yet. Add articles with <code>POST /api/articles</code>, follow a feed (<code>--feed URL</code> or <code>POST /api/feeds</code>), watch a folder (<code>--watch DIR</code>), or start with <code>--demo</code>.</p>");
            return Ok(Page("Stories", h.ToString(), current: "/"));
        }
        h.Append("<ol class=\"stories\">");
        foreach (var s in stories.Take(FrontPageSize))
        {
            h.Append("<li><h2><a href=\"/stories/").Append(Url(s.Id)).Append("\">").Append(E(s.Headline)).Append("</a></h2>");
            h.Append(Chips(s.OutletNames, 6));
            if (s.KeyFact is not null)
                h.Append("<p class=\"keyfact\"><span class=\"badge agreed\">agreed</span> ").Append(E(s.KeyFact)).Append("</p>");
            h.Append("<p class=\"muted\">updated ").Append(E(Ago(s.LastSeen, now))).Append(" · ").Append(Plural(s.Articles, "article", "articles"))
             .Append(" · ").Append(Plural(s.Outlets, "independent outlet", "independent outlets"));
            if (s.Contested > 0) h.Append(" · <span class=\"conflict\">").Append(Plural(s.Contested, "contested fact", "contested facts")).Append("</span>");
            if (!s.Analysed || s.Pending) h.Append(" · analysis pending");
            h.Append("</p></li>\n");
        }
        h.Append("</ol><nav class=\"pager\">");
        if (page > 0) h.Append("<a href=\"/?page=").Append(page - 1).Append("\">← newer</a>");
        if (stories.Count > FrontPageSize) h.Append("<a href=\"/?page=").Append(page + 1).Append("\">older →</a>");
        h.Append("</nav>");
        return Ok(Page("Stories", h.ToString(), current: "/"));
    }

    private static string Chips(IReadOnlyList<string> outlets, int max)
    {
        if (outlets.Count == 0) return "";
        var h = new StringBuilder("<ul class=\"chips\">");
        foreach (var o in outlets.Take(max)) h.Append("<li class=\"chip\">").Append(E(o)).Append("</li>");
        if (outlets.Count > max) h.Append("<li class=\"chip\">+").Append(outlets.Count - max).Append("</li>");
        return h.Append("</ul>").ToString();
    }

    // ---- story ----

    private static IResult StoryPage(string id, string? since, StoryStore store, DateTimeOffset now)
    {
        var resolved = store.Resolve(id);
        if (resolved is null) return NotFoundPage($"There is no story '{id}'.");
        if (resolved != id) return Results.Redirect($"/stories/{Uri.EscapeDataString(resolved)}", permanent: true);
        var report = ApiEndpoints.ReadReport(store, id, out bool analysed);
        var row = store.GetStory(id);
        if (report is null || row is null) return NotFoundPage($"There is no story '{id}'.");
        var story = report.Stories[0];
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var h = new StringBuilder(32 * 1024);
        h.Append("<article class=\"story\"><h1>").Append(E(story.Headline)).Append(Cites(story.HeadlineCitations, articles, id, "top")).Append("</h1>");
        h.Append(Chips([.. story.ArticleIds.Where(articles.ContainsKey).Select(a => ReportText.OutletOf(articles[a]) + ReportText.KindTag(articles[a])).Distinct()], 12));
        h.Append("<p class=\"muted\" id=\"top\">").Append(Plural(story.ArticleIds.Count, "article", "articles")).Append(" · ")
         .Append(Plural(row.Outlets, "independent outlet", "independent outlets"))
         .Append(story.FirstPublished is null ? "" : " · published " + E(story.FirstPublished) + (story.LastPublished != story.FirstPublished ? " to " + E(story.LastPublished) : ""))
         .Append(" · updated ").Append(E(Ago(row.LastSeen, now))).Append(analysed ? "" : " · analysis pending").Append("</p>\n");
        Changes(h, id, since, store, now);

        if (story.Summary.Count > 0)
        {
            h.Append("<section><h2>What happened</h2><p>");
            for (int i = 0; i < story.Summary.Count; i++)
                h.Append("<span id=\"sum-").Append(i).Append("\">").Append(E(story.Summary[i].Text)).Append(Cites(story.Summary[i].Citations, articles, id, $"sum-{i}")).Append("</span> ");
            h.Append("</p></section>\n");
        }
        if (story.Facts.Count > 0)
        {
            var shown = Ledger(h, story, articles, id);
            h.Append("<section><h2>Every fact</h2><p class=\"muted\">Agreed: two or more independent outlets, none contradicting. Contested: outlets contradict each other. Single source: one outlet only.</p>");
            FactGroup(h, story, articles, id, "agreed", "Agreed", open: false, shown);
            FactGroup(h, story, articles, id, "contested", "Contested", open: false, shown);
            FactGroup(h, story, articles, id, "single-source", "Single source", open: false, shown);
            h.Append("</section>\n");
        }
        if (story.Figures.Count > 0)
        {
            h.Append("<section><h2>Figures</h2><div class=\"scroll\"><table><thead><tr><th>as written</th><th>value</th><th>about</th><th>cited</th></tr></thead><tbody>");
            for (int i = 0; i < story.Figures.Count; i++)
            {
                var f = story.Figures[i];
                h.Append("<tr id=\"fig-").Append(i).Append("\"><td>").Append(E(f.Text)).Append("</td><td>").Append(E(ReportText.FormatValue(f.Value))).Append(' ').Append(E(f.Unit ?? ""))
                 .Append("</td><td>").Append(E(f.About ?? "")).Append("</td><td>").Append(Cites(f.Citations, articles, id, $"fig-{i}")).Append("</td></tr>");
            }
            h.Append("</tbody></table></div>");
            foreach (var (a, b) in ReportText.DifferingFigures(story.Figures))
                h.Append("<p class=\"conflict\">Figures differ: ").Append(E(ReportText.FigurePhrase(a))).Append(" vs ").Append(E(ReportText.FigurePhrase(b))).Append("</p>");
            h.Append("</section>\n");
        }
        if (story.Quotes.Count > 0)
        {
            h.Append("<section><h2>Who said what</h2>");
            for (int i = 0; i < story.Quotes.Count; i++)
            {
                var q = story.Quotes[i];
                h.Append("<blockquote id=\"quote-").Append(i).Append("\"><strong>").Append(E(q.SpeakerName ?? "Unknown speaker")).Append("</strong> ")
                 .Append(q.Direct ? "<q>" + E(q.Text) + "</q>" : "said " + E(ReportText.AfterSaid(q.Text))).Append(Cites(q.Citations, articles, id, $"quote-{i}")).Append("</blockquote>");
            }
            h.Append("</section>\n");
        }
        if (story.Framing.Count > 0)
        {
            var names = story.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
            h.Append("<section><h2>How outlets label the actors</h2><div class=\"scroll\"><table><thead><tr><th>actor</th><th>label or verb</th><th>used by</th></tr></thead><tbody>");
            for (int i = 0; i < story.Framing.Count; i++)
            {
                var f = story.Framing[i];
                foreach (var label in f.Labels)
                    h.Append("<tr id=\"fr-").Append(i).Append("\"><td>").Append(E(names.GetValueOrDefault(f.Entity, f.Entity))).Append("</td><td>")
                     .Append(label.Loaded ? "<mark class=\"loaded\">" + E(label.Label) + "</mark>" : E(label.Label))
                     .Append(label.InQuote ? " <span class=\"muted\">(in a quote)</span>" : "").Append("</td><td>").Append(E(ReportText.OutletsOf(label.ArticleIds, articles)))
                     .Append(Cites(label.Citations, articles, id, $"fr-{i}")).Append("</td></tr>");
                foreach (var verb in f.Verbs)
                    h.Append("<tr id=\"fv-").Append(i).Append("\"><td>").Append(E(names.GetValueOrDefault(f.Entity, f.Entity))).Append("</td><td><i>")
                     .Append(verb.Loaded ? "<mark class=\"loaded\">" + E(verb.Verb) + "</mark>" : E(verb.Verb)).Append("</i>")
                     .Append(verb.InQuote ? " <span class=\"muted\">(in a quote)</span>" : "").Append("</td><td>").Append(E(ReportText.OutletsOf(verb.ArticleIds, articles)))
                     .Append(Cites(verb.Citations, articles, id, $"fv-{i}")).Append("</td></tr>");
            }
            h.Append("</tbody></table></div><p class=\"muted\"><mark class=\"loaded\">marked</mark>: a loaded word · <i>italic</i>: a verb the outlet uses for what the actor said or did</p>");
            HtmlReportWriter.WriteContrasts(h, story, names);
            h.Append("</section>\n");
        }
        if (story.Timeline.Count > 0)
        {
            h.Append("<section><h2>Timeline</h2><ol class=\"timeline\">");
            for (int i = 0; i < story.Timeline.Count; i++)
                h.Append("<li id=\"tl-").Append(i).Append("\"><time>").Append(E(story.Timeline[i].Date)).Append("</time>").Append(E(story.Timeline[i].Event))
                 .Append(Cites(story.Timeline[i].Citations, articles, id, $"tl-{i}")).Append("</li>");
            h.Append("</ol></section>\n");
        }
        h.Append("<section><h2>Articles</h2><ul class=\"results\">");
        foreach (var aid in story.ArticleIds)
        {
            if (!articles.TryGetValue(aid, out var a)) continue;
            h.Append("<li><a href=\"/articles/").Append(Url(a.Id)).Append("\">").Append(E(a.Title ?? "(untitled)")).Append("</a><div class=\"muted\">")
             .Append(E(ReportText.OutletOf(a))).Append(" · ").Append(E(ReportText.DateOf(a))).Append(a.DuplicateOf is null ? "" : " · copy of another article")
             .Append(a.Kind is "opinion" or "analysis" ? " · " + E(a.Kind) + " (" + E(ReportText.KindReason(a)) + ")" : "").Append("</div></li>");
        }
        h.Append("</ul></section></article>");
        return Ok(Page(story.Headline, h.ToString()));
    }

    private static void Changes(StringBuilder h, string id, string? since, StoryStore store, DateTimeOffset now)
    {
        var versions = store.Versions(id);
        if (versions.Count == 0) return;
        DateTimeOffset? from = since is not null && ApiEndpoints.TryParseTime(since, out var t) ? t : versions.Count > 1 ? versions[^2].At : null;
        h.Append("<section class=\"changes\"><strong>Version ").Append(versions[^1].Version).Append("</strong>, ").Append(E(Stamp(versions[^1].At))).Append(". ");
        if (from is { } f)
        {
            var c = StoryHistory.Changes(id, versions, f);
            h.Append("Since ").Append(E(Stamp(f))).Append(": ");
            var parts = new List<string>();
            if (c.NewStory) parts.Add("the story is new");
            if (c.NewArticles > 0) parts.Add(Plural(c.NewArticles, "new article", "new articles"));
            if (c.NewOutlets.Count > 0) parts.Add("new outlets " + E(string.Join(", ", c.NewOutlets)));
            if (c.NewFacts.Count > 0) parts.Add(Plural(c.NewFacts.Count, "new fact", "new facts"));
            foreach (var s in c.StatusChanges.Take(5)) parts.Add($"“{E(s.Fact)}” went from {E(s.From)} to {E(s.To)}");
            h.Append(parts.Count == 0 ? "no change." : string.Join("; ", parts) + ".");
        }
        h.Append(" <a href=\"/stories/").Append(Url(id)).Append("?since=").Append(Url((now - TimeSpan.FromDays(1)).ToString("o", CultureInfo.InvariantCulture))).Append("\">Changes in the last 24 h</a>");
        h.Append("</section>\n");
    }

    /// <summary>The ledger as readers use it: key facts, each conflict with its two sides, then per outlet what only it
    /// tells and the agreed facts it leaves out (the same layout as the report files). Returns the facts it gave their
    /// anchor (<c>fact-i</c>, where citations lead back to): the first place each is shown.</summary>
    private static HashSet<int> Ledger(StringBuilder h, ReportStory story, Dictionary<string, ReportArticle> articles, string storyId)
    {
        var layout = LedgerLayout.Of(story, articles);
        var position = story.Facts.Select((f, i) => (f.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var shown = new HashSet<int>();
        string Anchor(ReportFact f) => position.TryGetValue(f.Id, out var i) ? $"fact-{i}" : "top";
        string Id(ReportFact f) => position.TryGetValue(f.Id, out var i) && shown.Add(i) ? $" id=\"fact-{i}\"" : "";
        if (layout.KeyFacts.Count > 0)
        {
            h.Append("<section><h2>Key facts</h2><p class=\"muted\">Agreed: told by two or more independent outlets, none contradicting; most outlets first.</p><ol class=\"keyfacts\">");
            foreach (var f in layout.KeyFacts)
                h.Append("<li").Append(Id(f)).Append('>').Append(E(f.Text)).Append(Cites(f.Citations, articles, storyId, Anchor(f))).Append("<div class=\"muted\">").Append(E(ReportText.OutletsOf(f.ArticleIds, articles))).Append("</div></li>");
            h.Append("</ol>");
            if (layout.OtherAgreed > 0) h.Append("<p class=\"muted\">").Append(Plural(layout.OtherAgreed, "more agreed fact", "more agreed facts")).Append(" under Every fact.</p>");
            h.Append("</section>\n");
        }
        if (layout.Conflicts.Count > 0)
        {
            h.Append("<section><h2>Contested</h2><ul class=\"facts\">");
            foreach (var c in layout.Conflicts)
            {
                h.Append("<li><div class=\"conflict\">").Append(E(c.Conflict.Kind)).Append(": ").Append(E(c.Conflict.Description)).Append("</div><div class=\"sides\">");
                foreach (var (f, k) in new[] { (c.A, 0), (c.B, 1) })
                {
                    if (k == 1) h.Append("<div class=\"vs\">vs</div>");
                    h.Append("<div class=\"side\"").Append(Id(f)).Append('>').Append(E(f.Text)).Append(Cites(f.Citations, articles, storyId, Anchor(f))).Append("<div class=\"muted\">")
                     .Append(E(ReportText.OutletsOf(f.ArticleIds, articles))).Append("</div></div>");
                }
                h.Append("</div></li>");
            }
            h.Append("</ul></section>\n");
        }
        if (layout.Outlets.Count > 0)
        {
            h.Append("<section><h2>By outlet</h2><p class=\"muted\">Only here: no other independent outlet tells it. Left out: an agreed fact this outlet does not tell.</p>");
            foreach (var o in layout.Outlets)
            {
                h.Append("<details class=\"outlet\"><summary>").Append(E(o.Name)).Append(" <span class=\"muted\">").Append(o.OnlyHere.Count).Append(" only here · ")
                 .Append(o.LeftOut.Count).Append(" left out").Append(o.CopyOf.Count > 0 ? " · a copy: tells what its original tells" : "").Append("</span></summary>");
                if (o.OnlyHere.Count > 0)
                {
                    h.Append("<h3>Only here</h3><ul class=\"facts\">");
                    foreach (var f in o.OnlyHere) h.Append("<li").Append(Id(f)).Append('>').Append(E(f.Text)).Append(Cites(f.Citations, articles, storyId, Anchor(f))).Append("</li>");
                    h.Append("</ul>");
                }
                if (o.LeftOut.Count > 0)
                {
                    h.Append("<h3>Left out</h3><ul class=\"facts\">");
                    foreach (var f in o.LeftOut) h.Append("<li><a href=\"#").Append(Anchor(f)).Append("\">").Append(E(f.Text)).Append("</a></li>");
                    h.Append("</ul>");
                }
                h.Append("</details>");
            }
            h.Append("</section>\n");
        }
        return shown;
    }

    private static void FactGroup(StringBuilder h, ReportStory story, Dictionary<string, ReportArticle> articles, string storyId, string status, string title, bool open, HashSet<int> shown)
    {
        var facts = story.Facts.Select((f, i) => (f, i)).Where(x => x.f.Status == status).ToList();
        if (facts.Count == 0) return;
        h.Append("<details class=\"").Append(status).Append('"').Append(open ? " open" : "").Append("><summary><span class=\"badge ").Append(status).Append("\">")
         .Append(E(title)).Append("</span> ").Append(facts.Count).Append("</summary><ul class=\"facts\">");
        foreach (var (f, i) in facts)
        {
            // a fact shown above keeps its anchor there, where a reader comes back to it
            h.Append("<li id=\"").Append(shown.Contains(i) ? "all-" : "").Append("fact-").Append(i).Append("\">").Append(E(f.Text)).Append(Cites(f.Citations, articles, storyId, $"fact-{i}"));
            if (status == "single-source")
                h.Append("<div class=\"only\">only in ").Append(E(ReportText.OutletsOf(f.ArticleIds, articles))).Append("</div>");
            else
                h.Append("<div class=\"muted\">").Append(E(ReportText.OutletsOf(f.ArticleIds, articles))).Append("</div>");
            foreach (var j in f.ConflictsWith.Where(j => j < story.Facts.Count))
                h.Append("<div class=\"conflict\">contradicts: <a href=\"#fact-").Append(j).Append("\">").Append(E(story.Facts[j].Text)).Append("</a></div>");
            h.Append("</li>");
        }
        h.Append("</ul></details>");
    }

    /// <summary>Citation marks: each opens the cited article with the span highlighted, and the article page leads back here.</summary>
    private static string Cites(IReadOnlyList<ReportCitation> citations, Dictionary<string, ReportArticle> articles, string storyId, string at)
    {
        if (citations.Count == 0) return "";
        var h = new StringBuilder();
        foreach (var c in citations.Take(4))
        {
            var label = articles.TryGetValue(c.Article, out var a) ? a.Label : "?";
            var cited = a is not null && c.Start >= 0 && c.End <= a.Text.Length && c.Start < c.End ? a.Text[c.Start..c.End] : "";
            h.Append("<sup class=\"cite\"><a href=\"/articles/").Append(Url(c.Article)).Append("?s=").Append(c.Start).Append("&amp;e=").Append(c.End)
             .Append("&amp;from=").Append(Url(storyId)).Append("&amp;at=").Append(Url(at)).Append("#cite\" title=\"")
             .Append(E((a is null ? "" : ReportText.OutletOf(a) + ": ") + cited)).Append("\">").Append(E(label)).Append("</a></sup>");
        }
        if (citations.Count > 4) h.Append("<sup class=\"cite muted\">+").Append(citations.Count - 4).Append("</sup>");
        return h.ToString();
    }

    // ---- article ----

    private static IResult ArticlePage(string id, int? start, int? end, string? from, string? at, StoryStore store)
    {
        var a = store.GetArticle(id);
        if (a is null) return NotFoundPage($"There is no article '{id}'.");
        var h = new StringBuilder(a.Text.Length * 2 + 4096);
        bool back = from is not null && SafeToken().IsMatch(from) && (at is null || SafeToken().IsMatch(at));
        if (back) h.Append("<a class=\"back\" href=\"/stories/").Append(Url(from!)).Append(at is null ? "" : "#" + E(at)).Append("\">← Back to the story</a>");
        h.Append("<h1>").Append(E(a.Metadata.Title ?? "(untitled)")).Append("</h1><dl class=\"meta\">");
        Meta(h, "outlet", E(a.Metadata.Outlet ?? "unknown"));
        // the kind is the story analysis's judgement (it reads the other articles' sections too), so it shows once analysed
        if (a.StoryId is not null && ApiEndpoints.ReadReport(store, a.StoryId, out bool analysed) is { } report && analysed
            && report.Articles.FirstOrDefault(r => r.Id == a.Id) is { } judged)
        {
            var reason = ReportText.KindReason(judged);
            Meta(h, "kind", E(judged.Kind) + (reason.Length > 0 ? " <span class=\"muted\">(" + E(reason) + ")</span>" : ""));
        }
        if (a.Metadata.Section is not null) Meta(h, "section", E(a.Metadata.Section));
        Meta(h, "published", E(ReportBuilder.FormatDate(a.Metadata.Published, a.Metadata.PublishedDateOnly) ?? "unknown") + (a.Metadata.PublishedInferred ? " (inferred from the text)" : ""));
        if (a.Metadata.Author is not null) Meta(h, "author", E(a.Metadata.Author));
        if (a.Metadata.Url is not null) Meta(h, "address", ExternalLink(a.Metadata.Url, a.Metadata.Url));
        Meta(h, "received", E(Stamp(a.Received)));
        if (a.StoryId is not null) Meta(h, "story", $"<a href=\"/stories/{Url(a.StoryId)}\">{E(a.StoryId)}</a>");
        if (a.DuplicateOf is not null) Meta(h, "copy of", $"<a href=\"/articles/{Url(a.DuplicateOf)}\">{E(a.DuplicateOf)}</a>");
        if (a.ResubmissionOf is not null) Meta(h, "same article as", $"<a href=\"/articles/{Url(a.ResubmissionOf)}\">{E(a.ResubmissionOf)}</a>");
        if (a.Problem is not null) Meta(h, "problem", E(a.Problem));
        h.Append("</dl>");
        bool highlight = start is int s && end is int e && s >= 0 && e <= a.Text.Length && s < e;
        if ((start is not null || end is not null) && !highlight) h.Append("<p class=\"conflict\">The cited span is not in this article's text.</p>");
        h.Append("<section class=\"article-text\">");
        WriteText(h, a.Text, highlight ? start!.Value : -1, highlight ? end!.Value : -1);
        h.Append("</section>");
        if (back) h.Append("<a class=\"back\" href=\"/stories/").Append(Url(from!)).Append(at is null ? "" : "#" + E(at)).Append("\">← Back to the story</a>");
        if (a.Removed.Length > 0)
        {
            h.Append("<details><summary>Removed while cleaning (").Append(a.Removed.Length).Append(")</summary><div class=\"scroll\"><table><thead><tr><th>text</th><th>why</th></tr></thead><tbody>");
            foreach (var r in a.Removed) h.Append("<tr><td>").Append(E(r.Text)).Append("</td><td>").Append(E(r.Reason)).Append("</td></tr>");
            h.Append("</tbody></table></div></details>");
        }
        return Ok(Page(a.Metadata.Title ?? a.Id, h.ToString()));
    }

    private static void Meta(StringBuilder h, string name, string valueHtml) => h.Append("<dt>").Append(name).Append("</dt><dd>").Append(valueHtml).Append("</dd>");

    /// <summary>The text as paragraphs, with [start, end) marked (across paragraph breaks too); the first mark is the target #cite.</summary>
    internal static void WriteText(StringBuilder h, string text, int start, int end)
    {
        int offset = 0;
        bool first = true;
        foreach (var paragraph in text.Split('\n'))
        {
            int pStart = offset, pEnd = offset + paragraph.Length;
            offset = pEnd + 1;
            if (paragraph.Trim().Length == 0) continue;
            h.Append("<p>");
            int ms = Math.Max(start, pStart), me = Math.Min(end, pEnd);
            if (start >= 0 && ms < me)
            {
                h.Append(E(text[pStart..ms])).Append(first ? "<mark id=\"cite\">" : "<mark>").Append(E(text[ms..me])).Append("</mark>").Append(E(text[me..pEnd]));
                first = false;
            }
            else h.Append(E(paragraph));
            h.Append("</p>");
        }
    }

    // ---- search ----

    private static IResult SearchPage(string? q, StoryStore store)
    {
        var h = new StringBuilder("<h1>Search</h1>");
        if (string.IsNullOrWhiteSpace(q))
        {
            h.Append("<p class=\"muted\">Type names, places or words in the box above: articles and facts containing all of them are listed.</p>");
            return Ok(Page("Search", h.ToString(), current: "/search"));
        }
        var hits = store.Search(q, 50);
        h.Append("<p class=\"muted\">").Append(Plural(hits.Count, "result", "results")).Append(" for “").Append(E(q)).Append("”</p><ul class=\"results\">");
        foreach (var hit in hits)
        {
            h.Append("<li>");
            if (hit.Kind == "article")
                h.Append("<a href=\"/articles/").Append(Url(hit.ArticleId!)).Append("\">").Append(E(hit.Title ?? "(untitled)")).Append("</a> <span class=\"muted\">").Append(E(hit.Outlet ?? "")).Append("</span>");
            else
                h.Append("<span class=\"badge ").Append(E(hit.Status)).Append("\">").Append(E(hit.Status)).Append("</span> fact");
            h.Append("<div>").Append(Marked(hit.Snippet, hit.Highlights)).Append("</div>");
            if (hit.StoryId is not null) h.Append("<div class=\"muted\"><a href=\"/stories/").Append(Url(hit.StoryId)).Append("\">open the story</a></div>");
            h.Append("</li>");
        }
        h.Append("</ul>");
        return Ok(Page($"Search: {q}", h.ToString(), q, "/search"));
    }

    private static string Marked(string snippet, IReadOnlyList<int[]> marks)
    {
        var h = new StringBuilder();
        int at = 0;
        foreach (var m in marks.Where(m => m.Length == 2 && m[0] >= 0 && m[1] <= snippet.Length && m[0] < m[1]).OrderBy(m => m[0]))
        {
            if (m[0] < at) continue;
            h.Append(E(snippet[at..m[0]])).Append("<mark>").Append(E(snippet[m[0]..m[1]])).Append("</mark>");
            at = m[1];
        }
        return h.Append(E(snippet[at..])).ToString();
    }

    // ---- sources ----

    private static IResult SourcesPage(StoryStore store, DateTimeOffset now)
    {
        var h = new StringBuilder("<h1>Sources</h1><h2>Feeds</h2>");
        var feeds = store.Feeds();
        if (feeds.Count == 0) h.Append("<p class=\"muted\">No feed followed. Start with <code>--feed URL</code> or <code>POST /api/feeds</code>.</p>");
        else
        {
            h.Append("<div class=\"scroll\"><table><thead><tr><th>feed</th><th>health</th><th>last poll</th><th>articles</th><th>last problem</th></tr></thead><tbody>");
            foreach (var f in feeds.Select(FeedView.From))
                h.Append("<tr><td>").Append(E(f.Title ?? "")).Append("<div class=\"muted\">").Append(E(f.Url)).Append("</div></td><td class=\"health-").Append(E(f.Health)).Append("\">")
                 .Append(E(f.Health)).Append(f.Failures > 0 ? $" ({f.Failures} failures)" : "").Append("</td><td>").Append(f.LastPoll is { } p ? E(Ago(p, now)) : "never")
                 .Append("</td><td>").Append(f.Articles).Append("</td><td>").Append(E(f.LastProblem ?? "")).Append("</td></tr>");
            h.Append("</tbody></table></div>");
        }
        h.Append("<h2>Outlets</h2>");
        var outlets = store.Outlets(200);
        if (outlets.Count == 0) h.Append("<p class=\"muted\">No articles yet.</p>");
        else
        {
            h.Append("<ul class=\"results\">");
            foreach (var o in outlets)
                h.Append("<li><a href=\"/search?q=").Append(Url(o.Outlet)).Append("\">").Append(E(o.Outlet)).Append("</a> <span class=\"muted\">")
                 .Append(Plural(o.Articles, "article", "articles")).Append(", latest received ").Append(E(Ago(o.LastReceived, now))).Append("</span></li>");
            h.Append("</ul>");
        }
        return Ok(Page("Sources", h.ToString(), current: "/sources"));
    }
}
