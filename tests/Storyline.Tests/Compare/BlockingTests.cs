using Storyline.Annotate.Quotes;
using Storyline.Compare.Facts.Claims;
using Storyline.Compare.Facts.Ledger;
using Storyline.Compare.Figures;
using Storyline.Compare.Quotes;
using Storyline.Similarity;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Compare;

/// <summary>
/// The ledgers compare candidate pairs only; these tests hold the candidates to what the comparisons need: every pair
/// left out must be one the comparison could never link.
/// </summary>
public sealed class BlockingTests
{
    private static readonly Input[] Story =
    [
        new("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday, the foreign ministry in Talvik said in a statement. At least 14 people were killed in the border clashes, officials said. The ministry said talks would resume within 30 days."),
        new("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute. Some 20 people died in the clashes near the border. Trade between the neighbours fell by 12 percent last year."),
        new("Coast Wire", "2026-02-11", "Norland recalled its ambassador from Talvik on Tuesday after Estland cut ties. A spokesman for the Norland government said the country would not retaliate. Officials said 14 people had been killed in the clashes."),
    ];

    [Fact]
    public void Claim_candidates_are_every_cross_article_pair_sharing_a_term_event_or_actor_and_no_other_pair_aligns()
    {
        var story = Analyze(Story);
        var claims = ClaimExtractor.Extract(story);
        Assert.True(claims.Length >= 6);
        var candidates = ClaimBlocks.Candidates(claims);

        var expected = new List<(int, int)>();
        for (int i = 0; i < claims.Length; i++)
            for (int j = i + 1; j < claims.Length; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.ArticleId == b.ArticleId) continue;
                if (a.Terms.Overlaps(b.Terms) || a.EventTypes.Overlaps(b.EventTypes) || a.Actors.Intersect(b.Actors).Any())
                    expected.Add((i, j));
            }
        Assert.Equal(expected, candidates);
        Assert.NotEmpty(candidates);

        // the pairs left out: the aligner links none of them, whatever their publication days, and their words share nothing
        var words = LexicalSentenceMatcher.Instance.Prepare(ClaimAligner.Views(claims));
        var aligner = new ClaimAligner(claims, words, _ => new DateOnly(2026, 2, 10), FigureRule.Default);
        var kept = candidates.ToHashSet();
        for (int i = 0; i < claims.Length; i++)
            for (int j = i + 1; j < claims.Length; j++)
                if (!kept.Contains((i, j)))
                {
                    Assert.Equal(ClaimRelation.None, aligner.Align(i, j).Relation);
                    if (claims[i].ArticleId != claims[j].ArticleId) Assert.Equal(0, words.Compare(i, j, MatchPurpose.FactSameWords).Score);
                }
    }

    [Fact]
    public void Quote_candidates_are_the_earlier_quotes_of_other_articles_sharing_a_stem()
    {
        (string, IReadOnlyCollection<string>)[] quotes =
        [
            ("a1", ["ministry", "statement", "talks"]),
            ("a1", ["talks", "resume"]),
            ("a2", ["statements", "border"]),   // shares the stem of "statement" with the first
            ("a2", ["talks"]),
            ("a3", ["nothing", "shared"]),
            ("a3", ["border", "talking"]),
            ("a1", ["border"]),                 // a1 again, after other articles: not a contiguous run
        ];
        var earlier = QuoteBlocks.Earlier(quotes);
        for (int k = 0; k < quotes.Length; k++)
        {
            var stems = quotes[k].Item2.Select(QuoteWords.Stem).ToHashSet();
            var expected = Enumerable.Range(0, k)
                .Where(c => quotes[c].Item1 != quotes[k].Item1 && quotes[c].Item2.Select(QuoteWords.Stem).Any(stems.Contains))
                .ToList();
            Assert.Equal(expected, earlier[k]);
        }
        Assert.Equal([0, 1], earlier[3]);
        Assert.Equal([2, 5], earlier[6]);
    }
}
