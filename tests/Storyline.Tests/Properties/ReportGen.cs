using CsCheck;
using Storyline.Report;

namespace Storyline.Tests.Properties;

/// <summary>
/// Random reports for the renderers: every free-text field (article text, titles, outlets, names, quotes, reasons…)
/// is drawn from hostile text, and the same report can be made with plain words instead (its "twin"), which must
/// render to the same structure.
/// </summary>
internal static class ReportGen
{
    /// <summary>What article text can hold at worst: markup of every renderer, control and bidi characters, any char.</summary>
    public static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["<>&\"'`*_[]#|~\\!()-+=.:/ \n\r\t\u001b\u0007\u0008\u0000\u007f\u0085\u009b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ud800\udc00"], 0, 40],
        Gen.OneOf(Gen.Const("<script>alert(1)</script>"), Gen.Const("[red]x[/]"), Gen.Const("\u001b]0;title\u0007"), Gen.Const("\u001b[31m"),
            Gen.Const("javascript:alert(1)"), Gen.Const("<img src=x onerror=alert(1)>"), Gen.Const("    indented code"), Gen.Const("1. item"),
            Gen.Const("- item"), Gen.Const("> quote"), Gen.Const("==="), Gen.Const("```"), Gen.Const("<!-- c -->"), Gen.Const("&amp;"), Gen.Const("\u202egnp.exe"),
            Gen.Const("](javascript:x)"), Gen.Const("<https://evil.example>"), Gen.Const("| a | b |"), Gen.Const("$$x$$"), Gen.Const("[x]: http://evil.example")))
        .Select(s => s.Length == 0 ? "x" : s);

    /// <summary>The shape of a report (how many of each thing) with a seed for its text.</summary>
    public sealed record Shape(int Articles, int Stories, int Items, int Problems);

    public static readonly Gen<Shape> Shapes = Gen.Select(Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 3], (a, s, i, p) => new Shape(a, s, i, p));

    public static readonly Gen<(Shape Shape, string[] Texts)> Reports = Gen.Select(Shapes, Hostile.Array[200], (shape, texts) => (shape, texts));

    /// <summary>The report of <paramref name="shape"/>, its free text taken in turn from <paramref name="texts"/>.</summary>
    public static ReportDocument Build(Shape shape, IReadOnlyList<string> texts)
    {
        int next = 0;
        string T() => texts[next++ % texts.Count];
        var articles = Enumerable.Range(0, shape.Articles).Select(i =>
        {
            var text = T() + " " + T() + "\n\n" + T();
            return new ReportArticle("id" + i, T(), T(), T(), i == 0 ? "https://news.example/a?x=1" : null, "2026-03-04", i == 1, "en", text,
                [new ReportRemoval(T(), T())], i == 2 ? "id0" : null, T(), "a" + (i + 1));
        }).ToList();
        ReportCitation Cite(int k) { var a = articles[k % articles.Count]; return new ReportCitation(a.Id, 0, Math.Min(3, a.Text.Length)); }
        IReadOnlyList<ReportCitation> Cites(int k) => [Cite(k), Cite(k + 1)];
        var stories = Enumerable.Range(0, shape.Stories).Select(s => new ReportStory(
            "story" + s, T(), Cites(s), articles.Select(a => a.Id).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportSentence(T(), Cites(i))).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportEntity("e" + i, T(), "person", [T(), T()], Cites(i))).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportQuote("q" + i, T(), "e" + i, T(), i % 2 == 0, Cites(i), i == 1)).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportFact("f" + i, T(), i % 2 == 0 ? "agreed" : "contested", articles.Select(a => a.Id).ToList(), 1, Cites(i), i == 1 ? [0] : [], i == 1 ? ["f0"] : [])).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportFigure("n" + i, T(), 1200.5 * i, T(), T(), Cites(i), i == 1 ? [0] : [], i == 1 ? ["n0"] : [])).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportFraming("e" + i, [new ReportFramingLabel(T(), articles.Select(a => a.Id).ToList(), i == 0, i == 1, Cites(i))])
            {
                Verbs = [new ReportFramingVerb(T(), T(), i == 1 ? T() : null, articles.Select(a => a.Id).ToList(), i == 1, i == 0, Cites(i))],
                Contrast = i == 2 ? null : T(),
            }).ToList(),
            Enumerable.Range(0, shape.Items).Select(i => new ReportTimelineEntry("t" + i, T(), T(), Cites(i), i == 1 ? [T()] : [])).ToList(),
            "2026-03-01", "2026-03-04",
            shape.Items >= 2 ? [new ReportConflict(T(), T(), 0, 1, "f0", "f1")] : [],
            Enumerable.Range(0, shape.Items).Select(i => new ReportTimelineEntry("b" + i, T(), T(), Cites(i), [])).ToList())).ToList();
        var problems = Enumerable.Range(0, shape.Problems).Select(i => new ReportProblem(T(), T(), "input-empty", i % 2 == 0 ? "error" : "warning")).ToList();
        return new ReportDocument(1, "storyline", articles, stories, problems);
    }

    /// <summary>
    /// The same report with every free text a plain word: equal texts get equal words, since equality shapes a report
    /// (one framing column per distinct outlet).
    /// </summary>
    public static ReportDocument Twin(Shape shape, IReadOnlyList<string> texts)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        return Build(shape, texts.Select((t, i) => "w" + (first.TryAdd(t, i) ? i : first[t])).ToList());
    }
}
