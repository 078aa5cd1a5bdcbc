using Storyline.Lab.Evaluation.Extraction;

namespace Storyline.Tests.Evaluation.Extraction;

public sealed class ShingleMetricTests
{
    [Fact]
    public void IdenticalTextsScorePerfectAndExact()
    {
        var s = ShingleMetric.Score("The river rose two metres overnight.", "The river rose two metres overnight!");
        Assert.Equal(1, s.Tp, 9);
        Assert.Equal(1, s.Precision);
        Assert.Equal(1, s.Recall);
        Assert.True(s.Exact);
    }

    [Fact]
    public void EmptyExtractionHasZeroRecallAndNoPrecision()
    {
        var s = ShingleMetric.Score("Five words are expected here.", "");
        Assert.Equal(0, s.Tp);
        Assert.Equal(1, s.Fn, 9);
        Assert.Equal(0, s.Recall);
        var total = ShingleMetric.Aggregate([s, ShingleMetric.Score("a b c d e", "a b c d e")]);
        // The empty page is left out of the precision average (TP + FP = 0) but counts for recall.
        Assert.Equal(1, total.Precision);
        Assert.Equal(0.5, total.Recall, 9);
        Assert.Equal(2 * 1 * 0.5 / 1.5, total.F1, 9);
    }

    [Fact]
    public void BothEmptyIsLeftOutOfBothAverages()
    {
        var empty = ShingleMetric.Score("", "");
        Assert.Equal((0.0, 0.0, 0.0), (empty.Tp, empty.Fp, empty.Fn));
        Assert.True(empty.Exact);
        var total = ShingleMetric.Aggregate([empty, ShingleMetric.Score("one two three four five", "one two three four")]);
        Assert.Equal(1, total.Precision);
        Assert.Equal(0.5, total.Recall, 9);
        Assert.Equal(0.5, total.Accuracy);
    }

    [Fact]
    public void TextShorterThanFourTokensIsOneShingle()
    {
        Assert.Single(ShingleMetric.Shingles(["only", "three", "words"]));
        var s = ShingleMetric.Score("only three words", "only three words and more");
        // expected {"only three words"}; extracted {"only three words and", "three words and more"}: no overlap.
        Assert.Equal(0, s.Tp);
        Assert.Equal(1.0 / 3, s.Fn, 9);
    }

    [Fact]
    public void ShinglesAreCountedAsAMultiset()
    {
        var once = "alpha beta gamma delta";
        var s = ShingleMetric.Score(once, once + "\n" + once);
        // extracted: 5 shingles (two copies of the one expected plus 3 across the seam); 1 matches.
        Assert.Equal(1.0 / 5, s.Tp, 9);
        Assert.Equal(4.0 / 5, s.Fp, 9);
        Assert.Equal(0, s.Fn);
        Assert.False(s.Exact);
    }

    [Fact]
    public void PagesWeighTheSameWhateverTheirLength()
    {
        var s = ShingleMetric.Score(string.Join(' ', Enumerable.Range(0, 1000).Select(i => "w" + i)), string.Join(' ', Enumerable.Range(0, 500).Select(i => "w" + i)));
        Assert.Equal(1, s.Tp + s.Fp + s.Fn, 9);
        Assert.Equal(1, s.Precision, 9);
    }

    [Fact]
    public void TokensFollowPythonWordCharacters()
    {
        // '_' joins, digits of every kind count (² is No), punctuation and combining marks split.
        Assert.Equal(["snake_case", "x²", "e"], ShingleTokenizer.Tokenize("snake_case, x²! e\u0301"));
        Assert.Equal(["naïve", "café"], ShingleTokenizer.Tokenize("naïve — café"));
        Assert.Equal(["𝐀bc"], ShingleTokenizer.Tokenize("𝐀bc"));
    }

    [Fact]
    public void AccuracyComparesTokenSequencesNotWhitespace()
    {
        Assert.True(ShingleMetric.Score("One, two.\n\nThree", "One two Three").Exact);
        Assert.False(ShingleMetric.Score("One two Three", "One Three two").Exact);
    }
}
