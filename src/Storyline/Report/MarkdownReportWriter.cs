using System.Text;

namespace Storyline.Report;

/// <summary>
/// Renders the report as Markdown. Article text is untrusted: every piece of it is escaped so it
/// can neither inject HTML nor change the document's structure.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(ReportDocument report)
    {
        var md = new StringBuilder();
        var articles = report.Articles.ToDictionary(a => a.Id);
        md.Append("# Storyline report\n\n");
        md.Append('_').Append(ReportText.Plural(report.Articles.Count, "article", "articles")).Append(", ")
          .Append(ReportText.Plural(report.Stories.Count, "story", "stories")).Append("_\n\n");
        foreach (var story in report.Stories)
            WriteStory(md, story, articles);
        WriteSources(md, report);
        WriteProblems(md, "## Inputs not used", report.Problems.Where(p => p.NotUsed).ToList());
        WriteProblems(md, "## Warnings and notes", report.Problems.Where(p => !p.NotUsed).ToList());
        return md.ToString();
    }

    private static void WriteStory(StringBuilder md, ReportStory story, Dictionary<string, ReportArticle> articles)
    {
        md.Append("## ").Append(Escape(story.Headline)).Append(' ').Append(Cites(story.HeadlineCitations, articles)).Append("\n\n");
        var outlets = story.ArticleIds.Select(id => articles.TryGetValue(id, out var a) ? $"{ReportText.OutletOf(a)}{ReportText.KindTag(a)}, {ReportText.DateOf(a)}" : id);
        md.Append("**Sources:** ").Append(Escape(string.Join("; ", outlets))).Append("\n\n");

        if (story.Summary.Count > 0)
        {
            md.Append("### Summary\n\n");
            foreach (var s in story.Summary)
                md.Append(Escape(s.Text)).Append(' ').Append(Cites(s.Citations, articles)).Append('\n');
            md.Append('\n');
        }
        if (story.Facts.Count > 0)
            WriteLedger(md, story, articles);
        if (story.Figures.Count > 0)
        {
            md.Append("### Figures\n\n| as written | value | unit | about | cited by |\n|---|---|---|---|---|\n");
            foreach (var f in story.Figures)
                md.Append("| ").Append(Cell(f.Text)).Append(" | ").Append(ReportText.FormatValue(f.Value)).Append(" | ").Append(Cell(f.Unit ?? ""))
                  .Append(" | ").Append(Cell(f.About ?? "")).Append(" | ").Append(Cites(f.Citations, articles)).Append(" |\n");
            md.Append('\n');
            var differing = ReportText.DifferingFigures(story.Figures).ToList();
            foreach (var (a, b) in differing)
                md.Append("- _figures differ:_ ").Append(Escape(ReportText.FigurePhrase(a))).Append(' ').Append(Cites(a.Citations, articles))
                  .Append(" **vs** ").Append(Escape(ReportText.FigurePhrase(b))).Append(' ').Append(Cites(b.Citations, articles)).Append('\n');
            if (differing.Count > 0) md.Append('\n');
        }
        if (story.Quotes.Count > 0)
        {
            md.Append("### Quotes\n\n");
            foreach (var q in story.Quotes)
                md.Append("- **").Append(Escape(q.SpeakerName ?? "unknown speaker")).Append(q.Direct ? "**: " : "** said ")
                  .Append(q.Direct ? "“" + Escape(q.Text) + "”" : Escape(ReportText.AfterSaid(q.Text))).Append(' ').Append(Cites(q.Citations, articles))
                  .Append(q.ParaphraseInQuoteMarks ? " _(paraphrase in quote marks)_" : "").Append('\n');
            md.Append('\n');
        }
        if (story.Framing.Count > 0)
        {
            var names = story.Entities.ToDictionary(e => e.Id, e => e.Name);
            var outletsInStory = story.ArticleIds.Where(articles.ContainsKey).Select(id => ReportText.OutletOf(articles[id])).Distinct().ToList();
            md.Append("### How each outlet labels the actors\n\n| actor | ").Append(string.Join(" | ", outletsInStory.Select(Cell))).Append(" |\n|---|")
              .Append(string.Concat(outletsInStory.Select(_ => "---|"))).Append('\n');
            foreach (var row in story.Framing)
            {
                md.Append("| ").Append(Cell(names.GetValueOrDefault(row.Entity, row.Entity)));
                foreach (var outlet in outletsInStory)
                {
                    bool InOutlet(IReadOnlyList<string> ids) => ids.Any(id => articles.TryGetValue(id, out var a) && ReportText.OutletOf(a) == outlet);
                    var labels = row.Labels.Where(l => InOutlet(l.ArticleIds))
                        .Select(l => (l.Loaded ? Strong(l.Label) : Cell(l.Label)) + (l.InQuote ? " _(in quote)_" : ""));
                    var verbs = row.Verbs.Where(v => InOutlet(v.ArticleIds))
                        .Select(v => (v.Loaded ? Strong(v.Verb) : Cell(v.Verb)) + (v.InQuote ? " _(in quote)_" : "")).ToList();
                    md.Append(" | ").Append(string.Join("; ", labels));
                    if (verbs.Count > 0) md.Append(labels.Any() ? "; " : "").Append("_verbs:_ ").Append(string.Join(", ", verbs));
                }
                md.Append(" |\n");
            }
            md.Append('\n');
            if (story.Framing.Any(r => r.Verbs.Count > 0)) md.Append("_verbs:_ what the outlet writes the actor said or did; **bold**: loaded.\n\n");
            var contrasts = story.Framing.Where(r => r.Contrast is not null).ToList();
            if (contrasts.Count > 0)
            {
                md.Append("Where the outlets differ:\n\n");
                foreach (var row in contrasts)
                    md.Append("- **").Append(Escape(names.GetValueOrDefault(row.Entity, row.Entity))).Append("**: ").Append(Escape(row.Contrast!)).Append('\n');
                md.Append('\n');
            }
        }
        if (story.Timeline.Count > 0)
        {
            md.Append("### Timeline\n\n");
            foreach (var t in story.Timeline)
                md.Append("- **").Append(Escape(t.Date)).Append("** ").Append(Escape(t.Event)).Append(' ').Append(Cites(t.Citations, articles))
                  .Append(t.ConflictingDates.Count > 0 ? " _(other sources: " + Escape(string.Join(", ", t.ConflictingDates)) + ")_" : "").Append('\n');
            md.Append('\n');
        }
        if (story.Threads.Count > 0)
        {
            md.Append("### Thread\n\n");
            foreach (var t in story.Threads)
                md.Append("- ").Append(Escape(ReportText.ThreadLabel(t))).Append(": **").Append(Escape(t.Headline)).Append("** ").Append(Escape(ReportText.ThreadWhere(t))).Append('\n');
            md.Append('\n');
        }
        if (story.Background.Count > 0)
        {
            md.Append("### Background\n\n");
            foreach (var t in story.Background)
                md.Append("- **").Append(Escape(t.Date)).Append("** ").Append(Escape(t.Event)).Append(' ').Append(Cites(t.Citations, articles)).Append('\n');
            md.Append('\n');
        }
        if (story.Entities.Count > 0)
        {
            md.Append("### Who is involved\n\n");
            foreach (var e in story.Entities)
                md.Append("- **").Append(Escape(e.Name)).Append("** (").Append(e.Type).Append(")")
                  .Append(e.Aliases.Count > 1 ? ": also " + Escape(string.Join(", ", e.Aliases.Where(a => a != e.Name))) : "")
                  .Append(", ").Append(ReportText.Plural(e.Mentions.Count, "mention", "mentions")).Append('\n');
            md.Append('\n');
        }
    }

    /// <summary>The key facts, each conflict with its two sides, then per outlet what only it tells and what it leaves out.</summary>
    private static void WriteLedger(StringBuilder md, ReportStory story, Dictionary<string, ReportArticle> articles)
    {
        var layout = LedgerLayout.Of(story, articles);
        if (layout.KeyFacts.Count > 0)
        {
            md.Append("### Key facts\n\n_Agreed: told by two or more independent outlets, none contradicting; most outlets first._\n\n| # | fact | outlets | sources |\n|---|---|---|---|\n");
            for (int i = 0; i < layout.KeyFacts.Count; i++)
            {
                var f = layout.KeyFacts[i];
                md.Append("| ").Append(i + 1).Append(" | ").Append(Cell(f.Text)).Append(' ').Append(Cites(f.Citations, articles))
                  .Append(" | ").Append(Cell(ReportText.OutletsOf(f.ArticleIds, articles))).Append(" | ").Append(f.IndependentSources).Append(" |\n");
            }
            md.Append('\n');
            if (layout.OtherAgreed > 0)
                md.Append('_').Append(ReportText.Plural(layout.OtherAgreed, "more agreed fact", "more agreed facts")).Append(" in the JSON and HTML reports._\n\n");
        }
        if (layout.Conflicts.Count > 0)
        {
            md.Append("### Contested\n\n");
            foreach (var c in layout.Conflicts)
            {
                md.Append("_").Append(Escape(c.Conflict.Kind)).Append(": ").Append(Escape(c.Conflict.Description)).Append("_\n\n| one account | the other |\n|---|---|\n| ")
                  .Append(Cell(c.A.Text)).Append(' ').Append(Cites(c.A.Citations, articles)).Append(" | ")
                  .Append(Cell(c.B.Text)).Append(' ').Append(Cites(c.B.Citations, articles)).Append(" |\n| ")
                  .Append(Cell(ReportText.OutletsOf(c.A.ArticleIds, articles))).Append(" | ").Append(Cell(ReportText.OutletsOf(c.B.ArticleIds, articles))).Append(" |\n\n");
            }
        }
        if (layout.Outlets.Count > 0)
        {
            md.Append("### By outlet\n\n_Only here: facts no other independent outlet tells. Left out: agreed facts the outlet does not tell._\n\n");
            foreach (var o in layout.Outlets)
            {
                md.Append("#### ").Append(Escape(o.Name)).Append(' ').Append(string.Join(" ", o.ArticleIds.Select(id => $"[\\[{Escape(ReportText.LabelOf(id, articles))}\\]](#{Anchor(id)})")));
                if (o.CopyOf.Count > 0) md.Append(" _(copy of ").Append(Escape(string.Join(", ", o.CopyOf.Select(id => ReportText.LabelOf(id, articles))))).Append(": tells what its original tells)_");
                md.Append("\n\n");
                FactList(md, "Only here", o.OnlyHere, articles);
                FactList(md, "Left out", o.LeftOut, articles);
                if (o.OnlyHere.Count == 0 && o.LeftOut.Count == 0) md.Append("_Nothing only here, nothing left out._\n\n");
            }
        }
    }

    private static void FactList(StringBuilder md, string heading, IReadOnlyList<ReportFact> facts, Dictionary<string, ReportArticle> articles)
    {
        if (facts.Count == 0) return;
        md.Append("**").Append(heading).Append("** (").Append(facts.Count).Append(")\n\n");
        foreach (var f in facts)
            md.Append("- ").Append(Escape(f.Text)).Append(' ').Append(Cites(f.Citations, articles)).Append('\n');
        md.Append('\n');
    }

    private static void WriteProblems(StringBuilder md, string heading, IReadOnlyList<ReportProblem> problems)
    {
        if (problems.Count == 0) return;
        md.Append(heading).Append("\n\n");
        foreach (var p in problems)
            md.Append("- `").Append(Code(p.Source)).Append("`: ").Append(Escape(p.Reason)).Append(" _(").Append(p.Severity).Append(' ').Append(Escape(p.Code)).Append(")_\n");
        md.Append('\n');
    }

    private static void WriteSources(StringBuilder md, ReportDocument report)
    {
        md.Append("## Sources\n\n");
        var articles = report.Articles.ToDictionary(a => a.Id);
        foreach (var a in report.Articles)
        {
            md.Append("### <a id=\"").Append(Anchor(a.Id)).Append("\"></a>").Append(a.Label).Append(": ").Append(Escape(a.Title ?? "(no title)")).Append("\n\n");
            md.Append("- outlet: ").Append(Escape(ReportText.OutletOf(a))).Append("\n- published: ").Append(Escape(ReportText.DateOf(a)))
              .Append("\n- source: `").Append(Code(a.Source)).Append("`\n");
            if (a.DuplicateOf is not null) md.Append("- copy of ").Append(ReportText.LabelOf(a.DuplicateOf, articles)).Append('\n');
            if (a.Kind is "opinion" or "analysis")
                md.Append("- kind: ").Append(a.Kind).Append(" (").Append(Escape(ReportText.KindReason(a))).Append("); never narrated in a summary\n");
            if (a.Removed.Count > 0)
            {
                md.Append("- removed while cleaning: ").Append(a.Removed.Count).Append('\n');
                foreach (var r in a.Removed)
                    md.Append("  - _").Append(Escape(r.Reason)).Append("_: ").Append(Escape(Shorten(r.Text, 120))).Append('\n');
            }
            md.Append('\n');
        }
    }

    private static string Cites(IReadOnlyList<ReportCitation> citations, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        var groups = ReportText.Groups(citations);
        return string.Join(" ", groups.Take(6).Select(g => $"[\\[{Escape(ReportText.GroupLabel(g, articles))}\\]](#{Anchor(g[0].Article)})"))
            + (groups.Count > 6 ? $" (+{groups.Count - 6})" : "");
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    /// <summary>
    /// Escapes Markdown and HTML syntax in untrusted text, makes control characters visible (<see cref="VisibleText"/>),
    /// and folds line breaks. Text may start a line (a summary sentence), so what would open a block there is
    /// escaped too: leading whitespace, line breaks and tabs included (a code block, or an indented list marker), "-", "+", "=" (a list, a heading underline) and "1." (a numbered list).
    /// </summary>
    public static string Escape(string text)
    {
        var visible = VisibleText.Of(text);
        var sb = new StringBuilder(visible.Length + 16);
        int start = 0;
        // any leading whitespace, a line break or tab included (folded to a space below, it would indent the line)
        while (start < visible.Length && char.IsWhiteSpace(visible[start]))
        {
            if (visible[start] != '\r') sb.Append("&#32;");
            start++;
        }
        if (start < visible.Length && visible[start] is '-' or '+' or '=') { sb.Append('\\').Append(visible[start]); start++; }
        int digits = start;
        while (digits < visible.Length && char.IsAsciiDigit(visible[digits])) digits++;
        if (digits > start && digits < visible.Length && visible[digits] is '.' or ')')
        {
            sb.Append(visible, start, digits - start).Append('\\').Append(visible[digits]);
            start = digits + 1;
        }
        foreach (char c in visible.AsSpan(start))
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string Cell(string text) => Escape(text);

    /// <summary>Bold cell text. Trimmed first: "**" next to whitespace (or an escaped space) can neither open nor close,
    /// and a stray one pairs with the next row's, across the cell border, so the table loses its columns.</summary>
    internal static string Strong(string text) => VisibleText.Of(text).Trim() is { Length: > 0 } trimmed ? "**" + Escape(trimmed) + "**" : Cell(text);

    /// <summary>An article id as an HTML id and link target: ids are ours (hex), but nothing from outside may reach markup raw.</summary>
    private static string Anchor(string id) => string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));

    private static string Code(string text) => VisibleText.OneLine(text).Replace("`", "'");
}
