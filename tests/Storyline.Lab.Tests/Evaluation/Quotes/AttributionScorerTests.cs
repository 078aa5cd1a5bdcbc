using System.Collections.Immutable;
using Storyline.Lab.Evaluation.Quotes;
using Storyline.Text;

namespace Storyline.Tests.Evaluation.Quotes;

public class AttributionScorerTests
{
    private const string Text = "\"We stay,\" said Ana Duarte, the minister. Officials said the port would stay open.";

    private static AttributionSpans Item(int start, int end, int sourceStart = -1, int sourceEnd = -1, bool direct = true) =>
        new([TextSpan.FromBounds(start, end)],
            sourceStart < 0 ? ImmutableArray<TextSpan>.Empty : [TextSpan.FromBounds(sourceStart, sourceEnd)], direct);

    [Fact]
    public void Identical_items_match_exactly_with_their_source()
    {
        var gold = Item(0, 10, 16, 40);
        var score = AttributionScorer.Score(Text, [Item(0, 10, 16, 26)], [gold]);
        Assert.Equal(1, score.F1);
        Assert.Equal(1, score.ExactF1);
        Assert.Equal(1, score.SourceAccuracy);
    }

    [Fact]
    public void Half_overlap_of_the_longer_span_matches_but_not_exactly()
    {
        var score = AttributionScorer.Score(Text, [Item(1, 9)], [Item(0, 10)]);
        Assert.Equal(1, score.F1);
        Assert.Equal(0, score.ExactF1);
    }

    [Fact]
    public void A_fragment_of_a_long_gold_span_does_not_match()
    {
        var score = AttributionScorer.Score(Text, [Item(0, 3)], [Item(0, 40)]);
        Assert.Equal(0, score.Matched);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var score = AttributionScorer.Score(Text, [Item(0, 10), Item(0, 10)], [Item(0, 10)]);
        Assert.Equal(1, score.Matched);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Speaker_outside_the_gold_source_is_a_source_miss()
    {
        var score = AttributionScorer.Score(Text, [Item(0, 10, 42, 51)], [Item(0, 10, 16, 26)]);
        Assert.Equal(1, score.Matched);
        Assert.Equal(0, score.SourceAccuracy);
    }

    [Fact]
    public void No_gold_source_matches_only_no_predicted_speaker()
    {
        Assert.True(AttributionScorer.SourceMatches([], []));
        Assert.False(AttributionScorer.SourceMatches([new TextSpan(16, 10)], []));
    }

    [Fact]
    public void Multi_part_contents_overlap_part_by_part()
    {
        var gold = new AttributionSpans([new TextSpan(0, 10), new TextSpan(42, 10)], [], true);
        var found = new AttributionSpans([new TextSpan(0, 10)], [], true);
        Assert.Equal(10, AttributionSpans.Overlap(gold.Content, found.Content));
        Assert.Equal(1, AttributionScorer.Score(Text, [found], [gold]).Matched); // 10 of 20 characters: half
    }

    [Fact]
    public void Empty_prediction_scores_zero_not_nan()
    {
        var score = AttributionScorer.Score(Text, [], [Item(0, 10)]);
        Assert.Equal(0, score.F1);
        Assert.Equal(0, score.SourceAccuracy);
    }
}
