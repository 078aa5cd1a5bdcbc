using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Tests.Annotate.Entities;

public sealed class NerTagsTests
{
    [Fact]
    public void Bilou_round_trips_phrases()
    {
        var phrases = new List<(int, int, int)> { (0, 1, 2), (2, 5, 0), (5, 7, 1) };
        var tags = NerTags.FromPhrases(8, phrases);
        Assert.Equal(phrases, NerTags.ToPhrases(tags));
        Assert.Equal(["B-LOC", "O", "B-PER", "I-PER", "I-PER", "B-ORG", "I-ORG", "O"], NerTags.ToIob(tags));
    }

    [Fact]
    public void An_open_phrase_must_continue_with_its_own_type()
    {
        Assert.True(NerTags.Allowed(NerTags.B(0), NerTags.I(0)));
        Assert.True(NerTags.Allowed(NerTags.I(0), NerTags.L(0)));
        Assert.False(NerTags.Allowed(NerTags.B(0), NerTags.L(1)));
        Assert.False(NerTags.Allowed(NerTags.B(0), NerTags.O));
        Assert.False(NerTags.Allowed(NerTags.O, NerTags.I(0)));
        Assert.True(NerTags.Allowed(NerTags.U(3), NerTags.B(1)));
        Assert.False(NerTags.AllowedEnd(NerTags.I(2)));
    }

    [Fact]
    public void Viterbi_never_returns_a_broken_phrase_even_when_scores_favour_one()
    {
        // Scores prefer "I-PER" alone on token 1, which BILOU forbids after O.
        var scores = new float[2 * NerTags.Count];
        scores[0 * NerTags.Count + NerTags.O] = 1;
        scores[1 * NerTags.Count + NerTags.I(0)] = 5;
        scores[1 * NerTags.Count + NerTags.U(0)] = 1;
        var tags = NerModel.Viterbi(scores, 2, new float[(NerTags.Count + 1) * NerTags.Count]);
        Assert.Equal([NerTags.O, NerTags.U(0)], tags);
    }
}
