using System.Globalization;
using System.Net;
using System.Text;

namespace Storyline.Report;

/// <summary>
/// Renders the report as one self-contained HTML page (inline CSS and a few lines of script, no
/// external assets). Every citation links to the exact cited characters in the article text below,
/// which are highlighted when followed; hovering shows the cited text. All article-derived text is
/// HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    public static string Write(ReportDocument report)
    {
        var articles = report.Articles.ToDictionary(a => a.Id);
        var h = new StringBuilder(64 * 1024);
        string title = report.Stories.Count > 0 ? report.Stories[0].Headline : "Storyline report";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
         .Append("<title>").Append(E(Shorten(title, 90))).Append(" · Storyline</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<header class=\"top\"><div class=\"brand\">Storyline</div><div class=\"meta\">")
         .Append(ReportText.Plural(report.Articles.Count, "article", "articles")).Append(" · ")
         .Append(E(ReportText.OutletCount(report.Articles))).Append(" · ")
         .Append(ReportText.Plural(report.Stories.Count, "story", "stories")).Append("</div></header>\n");
        if (report.Stories.Count > 1)
        {
            h.Append("<nav class=\"toc\"><h2>Stories</h2><ol>");
            foreach (var s in report.Stories)
                h.Append("<li><a href=\"#story-").Append(E(s.Id)).Append("\">").Append(E(s.Headline)).Append("</a> <span class=\"muted\">")
                 .Append(ReportText.Plural(s.ArticleIds.Count, "article", "articles")).Append(s.LastPublished is null ? "" : ", latest " + E(s.LastPublished)).Append("</span></li>");
            h.Append("</ol></nav>\n");
        }
        foreach (var story in report.Stories)
            WriteStory(h, story, articles);
        WriteSources(h, report);
        WriteProblems(h, "problems", "Inputs not used", report.Problems.Where(p => p.NotUsed).ToList());
        WriteProblems(h, "notes", "Warnings and notes", report.Problems.Where(p => !p.NotUsed).ToList());
        h.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void WriteStory(StringBuilder h, ReportStory story, Dictionary<string, ReportArticle> articles)
    {
        h.Append("<article class=\"story\" id=\"story-").Append(E(story.Id)).Append("\">\n<h1>").Append(E(story.Headline)).Append(Cites(story.HeadlineCitations, articles)).Append("</h1>\n");
        h.Append("<p class=\"outlets\">");
        foreach (var id in story.ArticleIds)
        {
            if (!articles.TryGetValue(id, out var a)) continue;
            h.Append("<a class=\"chip\" href=\"#").Append(E(a.Id)).Append("\">").Append(E(ReportText.OutletOf(a))).Append(" <span>")
             .Append(E(ReportText.DateOf(a))).Append("</span>").Append(a.DuplicateOf is null ? "" : " <em>copy</em>")
             .Append(a.Kind is "opinion" or "analysis" ? " <em class=\"kind\">" + E(a.Kind) + "</em>" : "").Append("</a>");
        }
        h.Append("</p>\n");

        if (story.Summary.Count > 0)
        {
            h.Append("<section><h2>What happened</h2><p class=\"summary\">");
            foreach (var s in story.Summary)
                h.Append(E(s.Text)).Append(Cites(s.Citations, articles)).Append(' ');
            h.Append("</p></section>\n");
        }
        if (story.Facts.Count > 0)
            WriteLedger(h, story, articles);
        if (story.Figures.Count > 0)
        {
            h.Append("<section><h2>Figures</h2><table><thead><tr><th>as written</th><th>value</th><th>about</th><th>cited</th></tr></thead><tbody>");
            foreach (var f in story.Figures)
                h.Append("<tr><td>").Append(E(f.Text)).Append("</td><td>").Append(E(ReportText.FormatValue(f.Value))).Append(' ').Append(E(f.Unit ?? ""))
                 .Append("</td><td>").Append(E(f.About ?? "")).Append("</td><td>").Append(Cites(f.Citations, articles)).Append("</td></tr>");
            h.Append("</tbody></table>");
            foreach (var (a, b) in ReportText.DifferingFigures(story.Figures))
                h.Append("<div class=\"conflict\">figures differ: ").Append(E(ReportText.FigurePhrase(a))).Append(' ').Append(Cites(a.Citations, articles))
                 .Append(" <b>vs</b> ").Append(E(ReportText.FigurePhrase(b))).Append(' ').Append(Cites(b.Citations, articles)).Append("</div>");
            h.Append("</section>\n");
        }
        if (story.Quotes.Count > 0)
        {
            h.Append("<section><h2>Who said what</h2><ul class=\"quotes\">");
            foreach (var q in story.Quotes)
                h.Append("<li><span class=\"speaker\">").Append(E(q.SpeakerName ?? "unknown speaker")).Append("</span>").Append(q.Direct ? " " : " <span class=\"muted\">said</span> ")
                 .Append(q.Direct ? "<q>" + E(q.Text) + "</q>" : E(ReportText.AfterSaid(q.Text))).Append(Cites(q.Citations, articles))
                 .Append(q.ParaphraseInQuoteMarks ? " <span class=\"badge contested\">paraphrase shown as a quote</span>" : "").Append("</li>");
            h.Append("</ul></section>\n");
        }
        if (story.Framing.Count > 0)
        {
            var names = story.Entities.ToDictionary(e => e.Id, e => e.Name);
            var outlets = story.ArticleIds.Where(articles.ContainsKey).Select(id => ReportText.OutletOf(articles[id])).Distinct().ToList();
            h.Append("<section><h2>How each outlet labels the actors</h2><p class=\"legend\"><mark class=\"loaded\">loaded word</mark> · <i>in quote</i>: a speaker's words, not the outlet's · <span class=\"verb\">verbs</span>: what the outlet writes the actor did</p><div class=\"scroll\"><table class=\"framing\"><thead><tr><th>actor</th>");
            foreach (var o in outlets) h.Append("<th>").Append(E(o)).Append("</th>");
            h.Append("</tr></thead><tbody>");
            foreach (var row in story.Framing)
            {
                h.Append("<tr><th>").Append(E(names.GetValueOrDefault(row.Entity, row.Entity))).Append("</th>");
                foreach (var o in outlets)
                {
                    h.Append("<td>");
                    foreach (var l in row.Labels.Where(l => l.ArticleIds.Any(id => articles.TryGetValue(id, out var a) && ReportText.OutletOf(a) == o)))
                    {
                        h.Append("<div class=\"label").Append(l.InQuote ? " inquote" : "").Append("\">");
                        h.Append(l.Loaded ? "<mark class=\"loaded\">" + E(l.Label) + "</mark>" : E(l.Label));
                        h.Append(Cites(l.Citations.Where(c => articles.TryGetValue(c.Article, out var a) && ReportText.OutletOf(a) == o).ToList(), articles)).Append("</div>");
                    }
                    var verbs = row.Verbs.Where(v => v.ArticleIds.Any(id => articles.TryGetValue(id, out var a) && ReportText.OutletOf(a) == o)).ToList();
                    if (verbs.Count > 0)
                    {
                        h.Append("<div class=\"verbs\">");
                        for (int i = 0; i < verbs.Count; i++)
                        {
                            var v = verbs[i];
                            h.Append(i > 0 ? ", " : "").Append("<span class=\"verb").Append(v.InQuote ? " inquote" : "").Append("\">")
                             .Append(v.Loaded ? "<mark class=\"loaded\">" + E(v.Verb) + "</mark>" : E(v.Verb))
                             .Append(Cites(v.Citations.Where(c => articles.TryGetValue(c.Article, out var a) && ReportText.OutletOf(a) == o).ToList(), articles)).Append("</span>");
                        }
                        h.Append("</div>");
                    }
                    h.Append("</td>");
                }
                h.Append("</tr>");
            }
            h.Append("</tbody></table></div>");
            WriteContrasts(h, story, names);
            h.Append("</section>\n");
        }
        if (story.Timeline.Count > 0)
        {
            h.Append("<section><h2>Timeline</h2><ol class=\"timeline\">");
            foreach (var t in story.Timeline)
                h.Append("<li><time>").Append(E(t.Date)).Append("</time><div>").Append(E(t.Event)).Append(Cites(t.Citations, articles))
                 .Append(t.ConflictingDates.Count > 0 ? "<div class=\"conflict\">other sources date it " + E(string.Join(", ", t.ConflictingDates)) + "</div>" : "")
                 .Append("</div></li>");
            h.Append("</ol></section>\n");
        }
        if (story.Threads.Count > 0)
        {
            h.Append("<section><h2>Thread</h2><p class=\"legend\">related stories told apart from this one: an earlier story went quiet before this one opened on its words</p><ul class=\"thread\">");
            foreach (var t in story.Threads)
                h.Append("<li>").Append(E(ReportText.ThreadLabel(t))).Append(": <a href=\"#story-").Append(E(t.StoryId)).Append("\">").Append(E(t.Headline)).Append("</a> ")
                 .Append(E(ReportText.ThreadWhere(t))).Append("</li>");
            h.Append("</ul></section>\n");
        }
        if (story.Background.Count > 0)
        {
            h.Append("<section><h2>Background</h2><p class=\"legend\">dated events the articles mention from before the story began</p><ol class=\"timeline\">");
            foreach (var t in story.Background)
                h.Append("<li><time>").Append(E(t.Date)).Append("</time><div>").Append(E(t.Event)).Append(Cites(t.Citations, articles)).Append("</div></li>");
            h.Append("</ol></section>\n");
        }
        if (story.Entities.Count > 0)
        {
            h.Append("<section><h2>Who and what is involved</h2><ul class=\"entities\">");
            foreach (var e in story.Entities)
                h.Append("<li><b>").Append(E(e.Name)).Append("</b> <span class=\"muted\">").Append(E(e.Type)).Append(", ")
                 .Append(ReportText.Plural(e.Mentions.Count, "mention", "mentions")).Append(e.Aliases.Count > 1 ? "; also " + E(string.Join(", ", e.Aliases.Where(x => x != e.Name))) : "")
                 .Append("</span></li>");
            h.Append("</ul></section>\n");
        }
        h.Append("</article>\n");
    }

    /// <summary>The key facts, each conflict with its two sides side by side, per outlet what only it tells and what it
    /// leaves out, and the whole ledger folded away below.</summary>
    private static void WriteLedger(StringBuilder h, ReportStory story, Dictionary<string, ReportArticle> articles)
    {
        var layout = LedgerLayout.Of(story, articles);
        var position = story.Facts.Select((f, i) => (f.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        string Link(ReportFact f) => position.TryGetValue(f.Id, out var i) ? $"<a class=\"fact-link\" href=\"#{E(story.Id)}-fact-{i}\">#{i + 1}</a>" : "";
        if (layout.KeyFacts.Count > 0)
        {
            h.Append("<section class=\"ledger-key\"><h2>Key facts</h2><p class=\"legend\"><span class=\"badge agreed\">agreed</span> told by two or more independent outlets, none contradicting; most outlets first</p><ol class=\"keyfacts\">");
            foreach (var f in layout.KeyFacts)
                h.Append("<li>").Append(E(f.Text)).Append(Cites(f.Citations, articles)).Append("<div class=\"muted\">").Append(E(ReportText.OutletsOf(f.ArticleIds, articles)))
                 .Append(" · ").Append(ReportText.Plural(f.IndependentSources, "independent source", "independent sources")).Append("</div></li>");
            h.Append("</ol>");
            if (layout.OtherAgreed > 0)
                h.Append("<p class=\"muted\">").Append(ReportText.Plural(layout.OtherAgreed, "more agreed fact", "more agreed facts")).Append(" in every fact below.</p>");
            h.Append("</section>\n");
        }
        if (layout.Conflicts.Count > 0)
        {
            h.Append("<section class=\"ledger-contested\"><h2>Contested</h2><ul class=\"conflicts\">");
            foreach (var c in layout.Conflicts)
            {
                h.Append("<li><div class=\"conflict\">").Append(E(c.Conflict.Kind)).Append(": ").Append(E(c.Conflict.Description)).Append("</div><div class=\"sides\">");
                Side(h, c.A, articles);
                h.Append("<div class=\"vs\">vs</div>");
                Side(h, c.B, articles);
                h.Append("</div></li>");
            }
            h.Append("</ul></section>\n");
        }
        if (layout.Outlets.Count > 0)
        {
            h.Append("<section class=\"ledger-outlets\"><h2>By outlet</h2><p class=\"legend\"><span class=\"badge single-source\">only here</span> no other independent outlet tells it · <b>left out</b> an agreed fact this outlet does not tell</p>");
            foreach (var o in layout.Outlets)
            {
                h.Append("<div class=\"outlet\"><h3>").Append(E(o.Name));
                foreach (var id in o.ArticleIds) h.Append(" <a class=\"id\" href=\"#").Append(E(id)).Append("\">").Append(E(ReportText.LabelOf(id, articles))).Append("</a>");
                h.Append("</h3>");
                if (o.CopyOf.Count > 0) h.Append("<p class=\"muted\">copy of ").Append(E(string.Join(", ", o.CopyOf.Select(id => ReportText.LabelOf(id, articles))))).Append(": tells what its original tells</p>");
                if (o.OnlyHere.Count == 0 && o.LeftOut.Count == 0) h.Append("<p class=\"muted\">nothing only here, nothing left out</p>");
                if (o.OnlyHere.Count > 0)
                {
                    h.Append("<details open><summary>only here (").Append(o.OnlyHere.Count).Append(")</summary><ul>");
                    foreach (var f in o.OnlyHere) h.Append("<li>").Append(E(f.Text)).Append(Cites(f.Citations, articles)).Append("</li>");
                    h.Append("</ul></details>");
                }
                if (o.LeftOut.Count > 0)
                {
                    h.Append("<details open><summary>left out (").Append(o.LeftOut.Count).Append(")</summary><ul>");
                    foreach (var f in o.LeftOut) h.Append("<li>").Append(E(f.Text)).Append(' ').Append(Link(f)).Append("</li>");
                    h.Append("</ul></details>");
                }
                h.Append("</div>");
            }
            h.Append("</section>\n");
        }
        h.Append("<section class=\"ledger-all\"><details><summary>Every fact (").Append(story.Facts.Count).Append("), in ledger order</summary><p class=\"legend\"><span class=\"badge agreed\">agreed</span> two or more independent outlets, no contradiction · <span class=\"badge single-source\">single-source</span> one outlet · <span class=\"badge contested\">contested</span> outlets contradict each other</p><table class=\"ledger\"><thead><tr><th>status</th><th>claim</th><th>reported by</th></tr></thead><tbody>");
        for (int i = 0; i < story.Facts.Count; i++)
        {
            var f = story.Facts[i];
            h.Append("<tr id=\"").Append(E(story.Id)).Append("-fact-").Append(i).Append("\"><td><span class=\"badge ").Append(E(f.Status)).Append("\">").Append(E(f.Status)).Append("</span></td><td>")
             .Append(E(f.Text)).Append(Cites(f.Citations, articles));
            if (f.ConflictsWith.Count > 0)
                h.Append("<div class=\"conflict\">conflicts with ").Append(string.Join(", ", f.ConflictsWith.Select(j => $"<a href=\"#{E(story.Id)}-fact-{j}\">#{j + 1}</a>"))).Append("</div>");
            h.Append("</td><td>").Append(E(ReportText.OutletsOf(f.ArticleIds, articles)))
             .Append("<div class=\"muted\">").Append(ReportText.Plural(f.IndependentSources, "independent source", "independent sources")).Append("</div></td></tr>");
        }
        h.Append("</tbody></table></details></section>\n");
    }

    private static void Side(StringBuilder h, ReportFact f, Dictionary<string, ReportArticle> articles) =>
        h.Append("<div class=\"side\">").Append(E(f.Text)).Append(Cites(f.Citations, articles)).Append("<div class=\"muted\">")
         .Append(E(ReportText.OutletsOf(f.ArticleIds, articles))).Append("</div></div>");

    private static void WriteProblems(StringBuilder h, string cssClass, string heading, IReadOnlyList<ReportProblem> problems)
    {
        if (problems.Count == 0) return;
        h.Append("<section class=\"").Append(cssClass).Append("\"><h2>").Append(heading).Append("</h2><ul>");
        foreach (var p in problems)
            h.Append("<li><code>").Append(E(p.Source)).Append("</code>: ").Append(E(p.Reason)).Append(" <span class=\"muted\">(").Append(E(p.Severity)).Append(' ').Append(E(p.Code)).Append(")</span></li>");
        h.Append("</ul></section>\n");
    }

    private static void WriteSources(StringBuilder h, ReportDocument report)
    {
        var cited = new Dictionary<string, List<ReportCitation>>();
        void Add(IEnumerable<ReportCitation> cs)
        {
            foreach (var c in cs)
            {
                if (!cited.TryGetValue(c.Article, out var list)) cited[c.Article] = list = new();
                list.Add(c);
            }
        }
        foreach (var s in report.Stories)
        {
            Add(s.HeadlineCitations);
            foreach (var x in s.Summary) Add(x.Citations);
            foreach (var x in s.Facts) Add(x.Citations);
            foreach (var x in s.Figures) Add(x.Citations);
            foreach (var x in s.Quotes) Add(x.Citations);
            foreach (var x in s.Timeline) Add(x.Citations);
            foreach (var x in s.Background) Add(x.Citations);
            foreach (var x in s.Framing) foreach (var l in x.Labels) Add(l.Citations);
            foreach (var x in s.Framing) foreach (var v in x.Verbs) Add(v.Citations);
        }
        h.Append("<section class=\"sources\"><h2>The articles</h2>");
        var articles = report.Articles.ToDictionary(a => a.Id);
        foreach (var a in report.Articles)
        {
            h.Append("<details class=\"source\" id=\"").Append(E(a.Id)).Append("\"><summary><span class=\"id\">").Append(E(a.Label)).Append("</span> <b>")
             .Append(E(ReportText.OutletOf(a))).Append("</b> · ").Append(E(a.Title ?? "(no title)")).Append(" <span class=\"muted\">")
             .Append(E(ReportText.DateOf(a))).Append(a.DuplicateOf is null ? "" : ", copy of " + E(ReportText.LabelOf(a.DuplicateOf, articles)))
             .Append(a.Kind is "opinion" or "analysis" ? ", <em class=\"kind\">" + E(a.Kind) + "</em> (" + E(ReportText.KindReason(a)) + ")" : "").Append("</span></summary>");
            if (a.Url is not null && Uri.TryCreate(a.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                h.Append("<p class=\"muted\"><a rel=\"noopener noreferrer nofollow\" href=\"").Append(E(uri.AbsoluteUri)).Append("\">").Append(E(a.Url)).Append("</a></p>");
            h.Append("<div class=\"text\">");
            AppendMarkedText(h, a, cited.GetValueOrDefault(a.Id) ?? []);
            h.Append("</div>");
            if (a.Removed.Count > 0)
            {
                h.Append("<details class=\"removed\"><summary>").Append(ReportText.Plural(a.Removed.Count, "piece", "pieces")).Append(" removed while cleaning</summary><ul>");
                foreach (var r in a.Removed)
                    h.Append("<li><span class=\"reason\">").Append(E(r.Reason)).Append("</span> ").Append(E(r.Text)).Append("</li>");
                h.Append("</ul></details>");
            }
            h.Append("</details>");
        }
        h.Append("</section>\n");
    }

    /// <summary>Writes the article text cut at every citation boundary, each piece tagged with the citations covering it.</summary>
    private static void AppendMarkedText(StringBuilder h, ReportArticle a, List<ReportCitation> citations)
    {
        var text = a.Text;
        var valid = citations.Where(c => c.Start >= 0 && c.End <= text.Length && c.Start < c.End).DistinctBy(ReportText.AnchorId).ToList();
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var c in valid) { bounds.Add(c.Start); bounds.Add(c.End); }
        var points = bounds.ToList();
        for (int i = 0; i + 1 < points.Count; i++)
        {
            int s = points[i], e = points[i + 1];
            var covering = valid.Where(c => c.Start <= s && c.End >= e).Select(ReportText.AnchorId).ToList();
            foreach (var c in valid.Where(c => c.Start == s)) h.Append("<span class=\"anchor\" id=\"").Append(E(ReportText.AnchorId(c))).Append("\"></span>");
            if (covering.Count == 0) h.Append(E(text[s..e]));
            else h.Append("<span class=\"cited\" data-c=\"").Append(E(string.Join(' ', covering))).Append("\">").Append(E(text[s..e])).Append("</span>");
        }
    }

    private static string Cites(IReadOnlyList<ReportCitation> citations, Dictionary<string, ReportArticle> articles)
    {
        if (citations.Count == 0) return "";
        var sb = new StringBuilder("<sup class=\"cites\">");
        foreach (var group in ReportText.Groups(citations))
        {
            var c = group[0];
            var label = articles.TryGetValue(c.Article, out var a) && a.Outlet is not null ? a.Outlet : c.Article;
            // one link per source: the parts of a compressed sentence are all highlighted in the article text
            var cited = string.Join(" … ", group.Select(p => ReportText.Cited(p, articles)));
            sb.Append("<a class=\"cite\" href=\"#").Append(E(ReportText.AnchorId(c))).Append("\" title=\"").Append(E(Shorten(cited, 300)))
              .Append("\">").Append(E(Initials(label))).Append("</a>");
        }
        return sb.Append("</sup>").ToString();
    }

    private static string Initials(string outlet)
    {
        var words = outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (outlet.Length <= 12) return outlet;
        return string.Concat(words.Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0])).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture)));
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    /// <summary>Untrusted text for HTML: control characters made visible, then markup encoded.</summary>
    /// <summary>"Where the outlets differ": one line per actor whose outlets label or describe it differently (nothing when
    /// none does). The report and the tracker's story page show the same list.</summary>
    /// <param name="names">Entity id → name.</param>
    public static void WriteContrasts(StringBuilder h, ReportStory story, IReadOnlyDictionary<string, string> names)
    {
        var contrasts = story.Framing.Where(r => r.Contrast is not null).ToList();
        if (contrasts.Count == 0) return;
        h.Append("<h3>Where the outlets differ</h3><ul class=\"contrast\">");
        foreach (var row in contrasts)
            h.Append("<li><strong>").Append(E(names.GetValueOrDefault(row.Entity, row.Entity))).Append("</strong>: ").Append(E(row.Contrast!)).Append("</li>");
        h.Append("</ul>");
    }

    private static string E(string? s) => WebUtility.HtmlEncode(VisibleText.Of(s));

    private const string Css = """
:root{--ink:#1d232b;--muted:#66707c;--line:#e3e6ea;--bg:#fbfbf9;--accent:#2457a6;--agreed:#1f7a4d;--single:#8a6d1a;--contested:#b3261e}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 Georgia,'Times New Roman',serif}
main{max-width:980px;margin:0 auto;padding:24px 20px 80px}
h1,h2,.top,.chip,table,.badge,.legend,.muted,sup,summary{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
.top{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid var(--ink);padding-bottom:6px;margin-bottom:24px}
.brand{font-weight:800;letter-spacing:.04em;text-transform:uppercase}.meta,.muted{color:var(--muted);font-size:.85em}
h1{font-size:1.7em;line-height:1.25;margin:.2em 0 .4em}h2{font-size:1.05em;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:2em}
.story{background:#fff;border:1px solid var(--line);border-radius:10px;padding:20px 26px;margin-bottom:32px;box-shadow:0 1px 3px rgba(0,0,0,.04)}
.chip{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:2px 10px;margin:0 6px 6px 0;font-size:.85em;color:var(--ink);text-decoration:none}.chip span{color:var(--muted)}
.summary{font-size:1.08em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:6px 8px}thead th{color:var(--muted);font-weight:600}
.scroll{overflow-x:auto}.framing th{white-space:nowrap}.label{margin-bottom:4px}.label.inquote{font-style:italic;color:var(--muted)}.verbs{font-size:.9em}.verb{font-style:italic}.verb.inquote{color:var(--muted)}
.badge{display:inline-block;border-radius:4px;padding:1px 7px;font-size:.78em;font-weight:700;color:#fff;text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.badge.agreed{background:var(--agreed)}.badge.single-source{background:var(--single)}.badge.contested{background:var(--contested)}
.legend{font-size:.8em;color:var(--muted)}mark.loaded{background:#fde2e1;color:var(--contested);padding:0 2px;border-radius:3px}
.conflict{color:var(--contested);font-size:.85em;margin-top:3px}.conflicts li{margin-bottom:10px}.vs{font-weight:700;color:var(--contested);font-family:system-ui,sans-serif;font-size:.8em}
sup.cites{font-size:.62em;margin-left:2px}a.cite{color:var(--accent);text-decoration:none;border:1px solid #c9d6ee;border-radius:3px;padding:0 3px;margin-right:2px;background:#f1f5fc}
a.cite:hover{background:var(--accent);color:#fff}.quotes li,.entities li{margin-bottom:6px}.speaker{font-weight:700;font-family:system-ui,sans-serif;font-size:.9em}
.timeline{list-style:none;padding-left:0;border-left:2px solid var(--line)}.timeline li{padding:0 0 12px 16px;position:relative}.timeline li:before{content:'';position:absolute;left:-6px;top:.45em;width:10px;height:10px;border-radius:50%;background:var(--accent)}
.timeline time{font-family:system-ui,sans-serif;font-weight:700;font-size:.85em;color:var(--accent);display:block}
details.source{background:#fff;border:1px solid var(--line);border-radius:8px;margin-bottom:10px;padding:8px 14px}details.source>summary{cursor:pointer}.id{font-family:ui-monospace,monospace;color:var(--muted)}
.text{white-space:pre-wrap;margin-top:10px}.cited{background:#eef3fb;border-bottom:1px dotted #9db4dc}.cited.hit{background:#ffe58a;border-bottom-color:#c99a00}
.removed{margin-top:10px;font-size:.85em;color:var(--muted)}.reason{font-family:system-ui,sans-serif;font-size:.8em;background:#f0f0f0;border-radius:3px;padding:0 5px;margin-right:4px}
.sides{display:grid;grid-template-columns:1fr auto 1fr;gap:10px;align-items:start}.sides .vs{align-self:center}@media(max-width:600px){.sides{grid-template-columns:1fr}}
.keyfacts li{margin-bottom:8px}.outlet h3{font-family:system-ui,sans-serif;font-size:1em;margin:1.2em 0 .3em}.outlet details{margin:0 0 6px}.outlet summary{cursor:pointer;font-family:system-ui,sans-serif;font-size:.9em}.outlet ul{margin:4px 0}
.ledger-all>details>summary{cursor:pointer;font-family:system-ui,sans-serif;color:var(--muted)}a.fact-link{font-family:system-ui,sans-serif;font-size:.75em;color:var(--accent)}
.toc ol{padding-left:20px}.problems{color:var(--contested)}.notes{color:var(--muted)}code{font-size:.85em}
""";

    private const string Script = """
(function(){function show(){var id=decodeURIComponent(location.hash.slice(1));document.querySelectorAll('.cited.hit').forEach(function(e){e.classList.remove('hit')});if(!id)return;var parts=document.querySelectorAll('.cited');var first=null;parts.forEach(function(e){if((' '+e.getAttribute('data-c')+' ').indexOf(' '+id+' ')>=0){e.classList.add('hit');if(!first)first=e}});var a=document.getElementById(id);var d=a&&a.closest('details');if(d)d.open=true;var s=document.getElementById(id.split('-')[0]);if(s&&s.tagName==='DETAILS')s.open=true;if(first)first.scrollIntoView({block:'center'})}window.addEventListener('hashchange',show);show()})();
""";
}
