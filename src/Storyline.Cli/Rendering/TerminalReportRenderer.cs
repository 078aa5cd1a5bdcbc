using Spectre.Console;
using Storyline.Report;

namespace Storyline.Cli.Rendering;

/// <summary>
/// Renders a report for a terminal. Every piece of article text goes through <see cref="Safe"/>: control characters
/// (ANSI and OSC escape sequences) and bidi overrides made visible, then Spectre markup escaped.
/// </summary>
internal static class TerminalReportRenderer
{
    public static void Render(ReportDocument report, IAnsiConsole console)
    {
        var articles = report.Articles.ToDictionary(a => a.Id);
        console.Write(new Rule($"[bold]Storyline[/] [grey]{ReportText.Plural(report.Articles.Count, "article", "articles")} · {ReportText.Plural(report.Stories.Count, "story", "stories")}[/]").LeftJustified());
        foreach (var story in report.Stories)
            RenderStory(story, articles, console);
        RenderSources(report, console);
        RenderProblems(console, "red", "Inputs not used", report.Problems.Where(p => p.NotUsed).ToList());
        RenderProblems(console, "yellow", "Warnings and notes", report.Problems.Where(p => !p.NotUsed).ToList());
    }

    /// <summary>Untrusted text as Spectre markup that shows it literally.</summary>
    internal static string Safe(string? text) => Markup.Escape(VisibleText.Of(text));

    private static void RenderProblems(IAnsiConsole console, string color, string heading, IReadOnlyList<ReportProblem> problems)
    {
        if (problems.Count == 0) return;
        console.Write(new Rule($"[{color}]{heading}[/]").LeftJustified());
        foreach (var p in problems)
            console.MarkupLine($"[{color}]•[/] {Safe(p.Source)}: {Safe(p.Reason)} [grey]({Safe(p.Severity)} {Safe(p.Code)})[/]");
    }

    private static string Cites(IReadOnlyList<ReportCitation> cs, IReadOnlyDictionary<string, ReportArticle> articles) =>
        cs.Count == 0 ? "" : " [grey]" + Safe(string.Join(" ", cs.Select(c => $"[{ReportText.LabelOf(c.Article, articles)}]").Distinct())) + "[/]";

    private static void RenderStory(ReportStory story, Dictionary<string, ReportArticle> articles, IAnsiConsole console)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold yellow]{Safe(story.Headline)}[/]").LeftJustified().RuleStyle("yellow"));
        var sources = story.ArticleIds.Where(articles.ContainsKey).Select(id => $"[grey][[{Safe(articles[id].Label)}]][/] {Safe(ReportText.OutletOf(articles[id]))}{Safe(ReportText.KindTag(articles[id]))} [grey]{Safe(ReportText.DateOf(articles[id]))}[/]");
        console.MarkupLine(string.Join("   ", sources));
        if (story.Summary.Count > 0)
        {
            var text = string.Join(" ", story.Summary.Select(s => Safe(s.Text) + Cites(s.Citations, articles)));
            console.Write(new Panel(new Markup(text)).Header("What happened").Border(BoxBorder.Rounded).Expand());
        }
        if (story.Facts.Count > 0)
            RenderLedger(story, articles, console);
        if (story.Figures.Count > 0)
        {
            var t = new Table().Border(TableBorder.Simple).Title("Figures").AddColumn("as written").AddColumn("value").AddColumn("about").AddColumn("cited");
            foreach (var f in story.Figures)
                t.AddRow(Safe(f.Text), Safe($"{ReportText.FormatValue(f.Value)} {f.Unit}".Trim()), Safe(f.About ?? ""), Cites(f.Citations, articles).Trim());
            console.Write(t);
            foreach (var (a, b) in ReportText.DifferingFigures(story.Figures))
                console.MarkupLine($"[red]figures differ[/]: {Safe(ReportText.FigurePhrase(a))}{Cites(a.Citations, articles)} vs {Safe(ReportText.FigurePhrase(b))}{Cites(b.Citations, articles)}");
        }
        if (story.Quotes.Count > 0)
        {
            var t = new Table().Border(TableBorder.Simple).Title("Who said what").AddColumn("speaker").AddColumn("words");
            foreach (var q in story.Quotes)
                t.AddRow(Safe(q.SpeakerName ?? "?"), (q.Direct ? "“" + Safe(q.Text) + "”" : Safe(q.Text)) + Cites(q.Citations, articles));
            console.Write(t);
        }
        if (story.Framing.Count > 0)
        {
            var names = story.Entities.ToDictionary(e => e.Id, e => e.Name);
            var outlets = story.ArticleIds.Where(articles.ContainsKey).Select(id => ReportText.OutletOf(articles[id])).Distinct().ToList();
            var t = new Table().Border(TableBorder.Simple).Title("How each outlet labels the actors").AddColumn("actor");
            foreach (var o in outlets) t.AddColumn(Safe(o));
            foreach (var row in story.Framing)
            {
                var cells = new List<string> { "[bold]" + Safe(names.GetValueOrDefault(row.Entity, row.Entity)) + "[/]" };
                foreach (var o in outlets)
                {
                    bool InOutlet(IReadOnlyList<string> ids) => ids.Any(id => articles.TryGetValue(id, out var a) && ReportText.OutletOf(a) == o);
                    // loaded words get a star as well as the colour: the text format has no colours
                    var lines = row.Labels.Where(l => InOutlet(l.ArticleIds))
                        .Select(l => (l.Loaded ? "[red]" + Safe(l.Label) + "*[/]" : Safe(l.Label)) + (l.InQuote ? " [grey](quote)[/]" : "")).ToList();
                    lines.AddRange(row.Verbs.Where(v => InOutlet(v.ArticleIds))
                        .Select(v => "[italic]› " + (v.Loaded ? "[red]" + Safe(v.Verb) + "*[/]" : Safe(v.Verb)) + "[/]" + (v.InQuote ? " [grey](quote)[/]" : "")));
                    cells.Add(string.Join("\n", lines));
                }
                t.AddRow(cells.ToArray());
            }
            console.Write(t);
            console.MarkupLine("[grey]› a verb the outlet uses for what the actor said or did · [red]*[/] loaded · (quote) a speaker's word, not the outlet's[/]");
            foreach (var row in story.Framing.Where(r => r.Contrast is not null))
                console.MarkupLine("[bold]" + Safe(names.GetValueOrDefault(row.Entity, row.Entity)) + "[/]: " + Safe(row.Contrast!));
        }
        if (story.Timeline.Count > 0)
        {
            var t = new Table().Border(TableBorder.Simple).Title("Timeline").AddColumn("date").AddColumn("event");
            foreach (var e in story.Timeline)
                t.AddRow("[blue]" + Safe(e.Date) + "[/]", Safe(e.Event) + Cites(e.Citations, articles));
            console.Write(t);
        }
        foreach (var link in story.Threads)
            console.MarkupLine("[bold]" + Safe(ReportText.ThreadLabel(link)) + ":[/] " + Safe(link.Headline) + " [grey]" + Safe(ReportText.ThreadWhere(link)) + "[/]");
        if (story.Entities.Count > 0)
        {
            console.MarkupLine("[bold]Involved:[/] " + string.Join(", ", story.Entities.Take(20).Select(e => Safe(e.Name) + $" [grey]({e.Type})[/]")));
        }
    }

    /// <summary>The key facts, each conflict side by side, then per outlet what only it tells and what it leaves out;
    /// long lists are cut here and whole in the HTML and JSON reports.</summary>
    private static void RenderLedger(ReportStory story, Dictionary<string, ReportArticle> articles, IAnsiConsole console)
    {
        var layout = LedgerLayout.Of(story, articles);
        if (layout.KeyFacts.Count > 0)
        {
            var t = new Table().Border(TableBorder.Simple).Title("Key facts")
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn("agreed by two or more independent outlets").AddColumn(new TableColumn("outlets").Width(24));
            for (int i = 0; i < layout.KeyFacts.Count; i++)
            {
                var f = layout.KeyFacts[i];
                t.AddRow($"[green]{i + 1}[/]", Safe(f.Text) + Cites(f.Citations, articles), Safe(ReportText.OutletsOf(f.ArticleIds, articles)));
            }
            console.Write(t);
            if (layout.OtherAgreed > 0)
                console.MarkupLine($"[grey]… {ReportText.Plural(layout.OtherAgreed, "more agreed fact", "more agreed facts")} in --format html or json[/]");
        }
        if (layout.Conflicts.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]Contested[/]").LeftJustified().RuleStyle("grey"));
            foreach (var c in layout.Conflicts)
            {
                console.MarkupLine($"[red]{Safe(c.Conflict.Kind)}[/]: {Safe(c.Conflict.Description)}");
                // the two accounts side by side
                console.Write(new Grid().AddColumn(new GridColumn().PadLeft(2).PadRight(2)).AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().PadLeft(2))
                    .AddRow(new Markup(Side(c.A, articles)), new Markup("[red]vs[/]"), new Markup(Side(c.B, articles))));
            }
        }
        if (layout.Outlets.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule("[bold]By outlet[/]").LeftJustified().RuleStyle("grey"));
            foreach (var o in layout.Outlets)
            {
                var labels = string.Join(" ", o.ArticleIds.Select(id => $"[{ReportText.LabelOf(id, articles)}]"));
                console.MarkupLine($"[bold]{Safe(o.Name)}[/] [grey]{Safe(labels)}{(o.CopyOf.Count > 0 ? Safe(" copy of " + string.Join(", ", o.CopyOf.Select(id => ReportText.LabelOf(id, articles))) + ": tells what its original tells") : "")}[/]");
                FactList(console, "only here", "yellow", o.OnlyHere, MaxOnlyHere, articles);
                FactList(console, "left out", "blue", o.LeftOut, MaxLeftOut, articles);
            }
        }
    }

    /// <summary>A terminal shows the first few of an outlet's own facts and of what it leaves out; the rest are in the full formats.</summary>
    private const int MaxOnlyHere = 3, MaxLeftOut = 5;

    private static string Side(ReportFact f, IReadOnlyDictionary<string, ReportArticle> articles) =>
        Safe(f.Text) + Cites(f.Citations, articles) + "\n[grey]" + Safe(ReportText.OutletsOf(f.ArticleIds, articles)) + "[/]";

    private static void FactList(IAnsiConsole console, string heading, string color, IReadOnlyList<ReportFact> facts, int max, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        if (facts.Count == 0) return;
        console.MarkupLine($"  [{color}]{heading}[/] [grey]({facts.Count})[/]");
        var list = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(4).PadRight(1)).AddColumn(new GridColumn().PadRight(0));
        foreach (var f in facts.Take(max))
            list.AddRow(new Markup("•"), new Markup(Safe(f.Text) + Cites(f.Citations, articles)));
        console.Write(list);
        if (facts.Count > max)
            console.MarkupLine($"    [grey]… {facts.Count - max} more in --format html or json[/]");
    }

    private static void RenderSources(ReportDocument report, IAnsiConsole console)
    {
        console.WriteLine();
        var articles = report.Articles.ToDictionary(a => a.Id);
        var t = new Table().Border(TableBorder.Simple).Title("Articles").AddColumn("id").AddColumn("outlet").AddColumn("published").AddColumn("title").AddColumn(new TableColumn("removed").RightAligned());
        foreach (var a in report.Articles)
            t.AddRow(Safe(a.Label + (a.DuplicateOf is null ? "" : $" (copy of {ReportText.LabelOf(a.DuplicateOf, articles)})")), Safe(ReportText.OutletOf(a) + ReportText.KindTag(a)), Safe(ReportText.DateOf(a)),
                Safe(a.Title ?? ""), a.Removed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(t);
        // why a piece is opinion or analysis, under the table: the cues are too long for a cell
        foreach (var a in report.Articles.Where(a => ReportText.KindTag(a).Length > 0))
            console.MarkupLine($"[grey]{Safe(a.Label)} is {Safe(a.Kind)}: {Safe(ReportText.KindReason(a))}; never narrated in a summary[/]");
    }
}
