using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Report;

/// <summary>Small wording helpers shared by the text, Markdown and HTML renderers.</summary>
public static class ReportText
{
    /// <summary>A thread link for readers: "earlier story: Dam inspectors… (s12, from 1998-10-02)" — which way, what, where.</summary>
    public static string ThreadLabel(ReportThreadLink link) => link.Relation == "later" ? "later story" : "earlier story";

    /// <summary>The linked story's id and first day, in parentheses, after its headline.</summary>
    public static string ThreadWhere(ReportThreadLink link) =>
        "(" + link.StoryId + (link.FirstPublished is { } d ? ", from " + d : "") + ")";

    /// <summary>The outlet, or the article id when no outlet could be found (a file name says nothing about who published it).</summary>
    public static string OutletOf(ReportArticle a) => a.Outlet ?? $"{a.Label} (outlet unknown)";

    /// <summary>" (opinion)" or " (analysis)" after an article's name; empty for news (and for a report of an older version).</summary>
    public static string KindTag(ReportArticle a) => a.Kind is "opinion" or "analysis" ? $" ({a.Kind})" : "";

    /// <summary>The cues that made an article opinion or analysis, for readers ("section: Opinion; first-person argument"); empty for news.</summary>
    public static string KindReason(ReportArticle a) =>
        a.Kind is "opinion" or "analysis" ? string.Join("; ", (a.KindCues ?? []).Select(c => c.Description)) : "";

    /// <summary>The outlets behind some articles, each once, copies marked as such ("Northern Ledger (copy)").</summary>
    public static string OutletsOf(IEnumerable<string> articleIds, IReadOnlyDictionary<string, ReportArticle> articles) =>
        string.Join(", ", articleIds
            .Select(id => articles.TryGetValue(id, out var a) ? OutletOf(a) + (a.DuplicateOf is null ? "" : " (copy)") : id)
            .Distinct());

    /// <summary>
    /// "3 outlets" over the named outlets only, with articles whose outlet is unknown counted apart
    /// ("2 outlets + 3 unnamed"): every unknown outlet is not a separate outlet.
    /// </summary>
    public static string OutletCount(IEnumerable<ReportArticle> articles)
    {
        var list = articles.ToList();
        int named = list.Where(a => a.Outlet is not null).Select(a => a.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        int unnamed = list.Count(a => a.Outlet is null);
        return Plural(named, "outlet", "outlets") + (unnamed > 0 ? $" + {unnamed.ToString(CultureInfo.InvariantCulture)} unnamed" : "");
    }

    /// <summary>
    /// The one line on where outlets differ on an actor: labels, then verbs, each side with the outlet when one uses it and
    /// the count of outlets otherwise ("labels: 'embattled mayor' (Civic Pulse, loaded) vs 'Mayor' (3 outlets); verbs:
    /// 'insisted' (Civic Pulse, loaded) vs 'said' (3 outlets)"). Null when the outlets do not differ.
    /// </summary>
    public static string? ContrastLine(Compare.Framing.FramingContrast? contrast, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        if (contrast is null) return null;
        string Side(Compare.Framing.FramingChoice c)
        {
            var outlets = c.ArticleIds.Select(id => articles.TryGetValue(id, out var a) ? OutletOf(a) : id).Distinct(StringComparer.Ordinal).ToList();
            var who = outlets.Count == 1 ? outlets[0] : Plural(outlets.Count, "outlet", "outlets");
            return "'" + c.Text + "' (" + who + (c.Loaded ? ", loaded" : "") + ")";
        }
        var parts = new List<string>();
        if (!contrast.Labels.IsEmpty) parts.Add("labels: " + string.Join(" vs ", contrast.Labels.Select(Side)));
        if (!contrast.Verbs.IsEmpty) parts.Add("verbs: " + string.Join(" vs ", contrast.Verbs.Select(Side)));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    public static string DateOf(ReportArticle a) =>
        a.Published is null ? "date unknown" : a.Published[..Math.Min(10, a.Published.Length)] + (a.PublishedInferred ? " (inferred)" : "");

    /// <summary>Each pair of figures that count the same thing with amounts that cannot both be right, once (i &lt; j).</summary>
    public static IEnumerable<(ReportFigure A, ReportFigure B)> DifferingFigures(IReadOnlyList<ReportFigure> figures)
    {
        for (int i = 0; i < figures.Count; i++)
            foreach (int j in figures[i].DiffersFrom ?? [])
                if (j > i && j < figures.Count) yield return (figures[i], figures[j]);
    }

    /// <summary>"some 1,500 residents (residents had to leave their homes)": a figure as written, with what it counts.</summary>
    public static string FigurePhrase(ReportFigure f) =>
        f.Text + (string.IsNullOrEmpty(f.About) || f.Text.Contains(f.About, StringComparison.OrdinalIgnoreCase) ? "" : $" ({f.About})");

    /// <summary>
    /// Reported speech after "X said": a clause that opened its own sentence ("The opposition has been in contact …,
    /// Tarre told Sputnik") loses the capital of its first word when that word is not a name ("the", "at", "it" …).
    /// Display only: the citation still points at the words as written.
    /// </summary>
    public static string AfterSaid(string text)
    {
        int end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == 0 || !char.IsUpper(text[0]) || !SentenceOpeningWords.Contains(text[..end])) return text;
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static readonly FrozenSet<string> SentenceOpeningWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "The", "A", "An", "At", "It", "Its", "There", "This", "That", "These", "Those", "Their", "His", "Her", "Our", "We",
        "They", "Some", "Many", "Most", "More", "All", "In", "On", "For", "No", "Nobody", "None", "Only", "If", "When",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Plural(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    /// <summary>"a4:0-87": the article's reader label and the cited range.</summary>
    public static string CitationLabel(ReportCitation c, IReadOnlyDictionary<string, ReportArticle> articles) => $"{LabelOf(c.Article, articles)}:{c.Start}-{c.End}";

    /// <summary>The short label readers see for an article id ("a4"), or the id itself when the article is not in the report.</summary>
    public static string LabelOf(string articleId, IReadOnlyDictionary<string, ReportArticle> articles) =>
        articles.TryGetValue(articleId, out var a) ? a.Label : articleId;

    /// <summary>
    /// Consecutive citations of one article, as one reference: a compressed summary sentence cites each kept part
    /// (down to its own final period), and a reader wants one label per source, not "a4:0-87 a4:116-117".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ReportCitation>> Groups(IReadOnlyList<ReportCitation> citations)
    {
        var groups = new List<IReadOnlyList<ReportCitation>>();
        List<ReportCitation>? current = null;
        foreach (var c in citations)
        {
            if (current is null || current[0].Article != c.Article) groups.Add(current = []);
            current.Add(c);
        }
        return groups;
    }

    /// <summary>"a4:0-87+116-117": the article once, then each cited range.</summary>
    public static string GroupLabel(IReadOnlyList<ReportCitation> group, IReadOnlyDictionary<string, ReportArticle> articles) =>
        LabelOf(group[0].Article, articles) + ":" + string.Join("+", group.Select(c => $"{c.Start}-{c.End}"));

    public static string AnchorId(ReportCitation c) => $"{c.Article}-{c.Start}-{c.End}";

    /// <summary>The cited text, for tooltips; empty when the citation is out of range (never throws on bad input).</summary>
    public static string Cited(ReportCitation c, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        if (!articles.TryGetValue(c.Article, out var a) || c.Start < 0 || c.End > a.Text.Length || c.End < c.Start) return "";
        return a.Text[c.Start..c.End];
    }

    /// <summary>A figure's value for readers: thousands grouped ("310,000,000", "1,200"), at most two decimals.</summary>
    public static string FormatValue(double? v) => v is null ? "" : v.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
