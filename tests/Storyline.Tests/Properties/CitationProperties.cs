using System.Text.RegularExpressions;
using CsCheck;
using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Report;

namespace Storyline.Tests.Properties;

/// <summary>
/// Over random coverage of random events, every citation of a report is inside its article, and what the report
/// shows rests on the text it cites: the words of a statement are in its cited spans, an entity mention is one of the
/// entity's names, an outlet's label lies inside each span it cites.
/// </summary>
public partial class CitationProperties
{
    private static readonly string[] First = ["Helen", "Tomas", "Marta", "Rafael", "Ana", "Jon", "Priya", "Kwame", "Li", "Sofia"];
    private static readonly string[] Last = ["Okafor", "Reyes", "Lindqvist", "Duarte", "Ruiz", "Meyer", "Shah", "Mensah", "Wei", "Costa"];
    private static readonly string[] Places = ["Marlow Bay", "Port Ellis", "Northgate", "Calder Vale", "Ashby"];
    private static readonly string[] Groups = ["Tidewall Engineering", "the Harbour Authority", "the city council", "Coastal Rail", "the ministry of transport"];
    private static readonly string[] Things = ["tidal barrier", "rail bridge", "ferry pier", "water plant", "sea wall"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Outlets = ["Bay Courier", "Northern Ledger", "Coast Wire", "Ashby Post"];

    private static readonly Gen<string> Person = Gen.Select(Gen.OneOf(First), Gen.OneOf(Last), (f, l) => f + " " + l);

    /// <summary>One sentence of news about the event, from a handful of shapes with quotes, figures, dates and names.</summary>
    private static readonly Gen<string> Sentence = Gen.OneOf(
        Gen.Select(Person, Gen.OneOf(Groups), Gen.OneOf(Things), Gen.OneOf(Days), (p, g, t, d) => $"{p} said {g} would inspect the {t} by {d}."),
        Gen.Select(Person, Gen.OneOf(Things), Gen.OneOf(Days), (p, t, d) => $"\"We were told this {t} would hold for a century,\" {p} said on {d}."),
        Gen.Select(Gen.Int[2, 9000], Gen.OneOf(Places), Gen.OneOf(Days), Gen.OneOf(Groups), (n, pl, d, g) => $"Some {n:N0} people were evacuated in {pl} on {d} night, according to {g}."),
        Gen.Select(Gen.OneOf(Things), Gen.Int[2, 900], Gen.Int[1990, 2025], (t, m, y) => $"The {t} opened in {y} at a cost of {m} million euros."),
        Gen.Select(Gen.Int[10, 90], Gen.OneOf(Things), Gen.OneOf(Days), (m, t, d) => $"A {m}-metre section of the {t} failed during a spring tide on {d}."),
        Gen.Select(Person, Gen.OneOf(Groups), (p, g) => $"{p}, a spokesperson for {g}, called the collapse \"a disgrace\" and demanded an inquiry."),
        Gen.Select(Gen.OneOf(Groups), Gen.Int[2, 30], (g, n) => $"{char.ToUpperInvariant(g[0])}{g[1..]} said repairs would take {n} weeks."),
        ReportGen.Hostile.Select(h => $"Residents wrote {h} on a sign outside the town hall."));

    private static readonly Gen<ArticleDraft> Drafts = Gen.Select(Sentence.Array[3, 9], Gen.OneOf(Outlets), Gen.Int[1, 5], Gen.Int[0, 1_000_000],
        (sentences, outlet, day, n) => new ArticleDraft($"gen-{n}.txt",
            string.Join("\n\n", sentences.Chunk(2).Select(p => string.Join(" ", p))),
            new ArticleMetadata { Outlet = outlet, Title = sentences[0], Published = new DateTimeOffset(2026, 3, day, 9, 0, 0, TimeSpan.Zero) }));

    private static readonly Digester Digester = new();

    private static HashSet<string> Words(string s) => [.. WordPattern().Matches(s.ToLowerInvariant()).Select(m => m.Value)];

    private static string Spaces(string s) => WhiteSpace().Replace(s, " ").Trim();

    [Fact]
    public void Every_citation_is_inside_its_article_and_matches_what_it_supports()
    {
        Drafts.Array[2, 5].Sample(drafts =>
        {
            var report = ReportBuilder.Build(Digester.RunDrafts(drafts));
            var articles = report.Articles.ToDictionary(a => a.Id);
            string Cited(ReportCitation c)
            {
                Assert.True(articles.TryGetValue(c.Article, out var a), $"citation of an article not in the report: {c.Article}");
                Assert.InRange(c.Start, 0, a!.Text.Length);
                Assert.InRange(c.End, c.Start + 1, a.Text.Length); // not empty
                // a pair is split only where a high surrogate stands before a low one (hostile text also has lone surrogates)
                static bool Splits(string t, int at) => at > 0 && at < t.Length && char.IsHighSurrogate(t[at - 1]) && char.IsLowSurrogate(t[at]);
                Assert.False(Splits(a.Text, c.Start) || Splits(a.Text, c.End), "a citation splits a surrogate pair");
                return a.Text[c.Start..c.End];
            }
            void RestsOn(string what, string shown, IReadOnlyList<ReportCitation> citations)
            {
                var cited = citations.Select(Cited).ToList();
                if (cited.Count == 0) return;
                var missing = Words(shown).Except(cited.SelectMany(Words)).ToList();
                Assert.True(missing.Count == 0, $"{what} '{shown}' has words none of its citations holds: {string.Join(", ", missing)}");
            }
            foreach (var s in report.Stories)
            {
                RestsOn("headline", s.Headline, s.HeadlineCitations);
                foreach (var x in s.Summary) { Assert.NotEmpty(x.Citations); RestsOn("summary sentence", x.Text, x.Citations); }
                foreach (var x in s.Quotes) RestsOn("quote", x.Text, x.Citations);
                foreach (var x in s.Facts) RestsOn("fact", x.Text, x.Citations);
                foreach (var x in s.Figures) RestsOn("figure", x.Text, x.Citations);
                foreach (var x in s.Timeline.Concat(s.Background)) RestsOn("timeline event", x.Event, x.Citations);
                foreach (var e in s.Entities)
                {
                    var names = e.Aliases.Append(e.Name).Select(n => Spaces(n).ToLowerInvariant()).ToHashSet();
                    foreach (var m in e.Mentions) Assert.Contains(Spaces(Cited(m)).ToLowerInvariant(), names);
                }
                foreach (var l in s.Framing.SelectMany(f => f.Labels))
                    foreach (var c in l.Citations) Assert.Contains(Spaces(l.Label).ToLowerInvariant(), Spaces(Cited(c)).ToLowerInvariant());
                // a verb's citation holds the verb as written (the adverb may stand outside it: "said angrily")
                foreach (var v in s.Framing.SelectMany(f => f.Verbs))
                    foreach (var c in v.Citations) Assert.Contains(v.Verb.Split(' ')[^1], Cited(c));
            }
        }, iter: 12, threads: 1);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
