using Storyline.Lab.Evaluation.Rouge;

namespace Storyline.Tests.Evaluation;

public sealed class RougeScorerTests
{
    private static readonly RougeScorer Plain = new(new RougeOptions(MaxN: 2, SkipDistance: 4, SkipUnigrams: true, Stem: false, WordLimit: 0), RougeResources.Empty);

    [Fact]
    public void Rouge_n_counts_clipped_overlap()
    {
        var s = Plain.Score("a a b c", ["a b b d"]);
        // unigrams: a min(2,1)=1, b min(1,2)=1 → 2 hits of 4 model, 4 peer
        Assert.Equal(0.5, s[RougeMeasure.Rouge1].Recall, 6);
        Assert.Equal(0.5, s[RougeMeasure.Rouge1].Precision, 6);
        // bigrams: peer {a a, a b, b c}, model {a b, b b, b d} → 1 hit of 3
        Assert.Equal(1.0 / 3, s[RougeMeasure.Rouge2].Recall, 6);
    }

    [Fact]
    public void Rouge_l_takes_the_union_lcs_over_peer_sentences()
    {
        // Lin (2004) example: reference w1..w5; peer sentences share w1 w2 and w1 w3 w5 → union w1 w2 w3 w5
        var s = Plain.Score("w1 w2 w6 w7 w8.\nw1 w3 w8 w9 w5.", ["w1 w2 w3 w4 w5."]);
        Assert.Equal(4.0 / 5, s[RougeMeasure.RougeL].Recall, 6);
        Assert.Equal(4.0 / 10, s[RougeMeasure.RougeL].Precision, 6);
    }

    [Fact]
    public void Rouge_l_clips_hits_by_unigram_counts()
    {
        // both peer sentences match "w1" of the model, but the peer has it once overall... and the model twice:
        // the second model sentence's hit is used up by the first
        var s = Plain.Score("w1 w2.", ["w1 w2.\nw1 w2."]);
        Assert.Equal(2.0 / 4, s[RougeMeasure.RougeL].Recall, 6);
    }

    [Fact]
    public void Skip_bigrams_stop_at_the_skip_distance_and_count_unigrams_but_the_last()
    {
        var (counts, total) = RougeScorer.SkipBigrams(["a", "b", "c", "d", "e", "f", "g"], 4, unigrams: true);
        Assert.True(counts.ContainsKey("a f"));   // 4 words between a and f
        Assert.False(counts.ContainsKey("a g"));  // 5 words between: too far
        Assert.True(counts.ContainsKey("f"));
        Assert.False(counts.ContainsKey("g"));    // ROUGE-1.5.5 adds unigrams inside the pair loop
        // pairs: 5+5+4+3+2+1 = 20, unigrams: 6
        Assert.Equal(26, total);
    }

    [Fact]
    public void Model_average_pools_counts_over_references()
    {
        var s = Plain.Score("a b", ["a b c d", "a x"]);
        // pooled: hits 2 + 1 = 3 over model tokens 4 + 2 = 6 (a mean of per-reference recalls would be 0.75)
        Assert.Equal(0.5, s[RougeMeasure.Rouge1].Recall, 6);
        Assert.Equal(3.0 / 4, s[RougeMeasure.Rouge1].Precision, 6);
    }

    [Fact]
    public void Word_limit_truncates_peers_and_models()
    {
        var scorer = new RougeScorer(new RougeOptions(MaxN: 1, Stem: false, WordLimit: 2), RougeResources.Empty);
        var s = scorer.Score("a b c d", ["a b e f"]);
        Assert.Equal(1.0, s[RougeMeasure.Rouge1].Recall, 6);
    }

    [Fact]
    public void F_uses_alpha_weighting()
    {
        var s = RougeScore.FromCounts(hits: 2, modelCount: 4, peerCount: 8, alpha: 0.5);
        Assert.Equal(0.5, s.Recall, 6);
        Assert.Equal(0.25, s.Precision, 6);
        Assert.Equal(0.5 * 0.25 / (0.5 * 0.25 + 0.5 * 0.5), s.F, 6);
    }
}
