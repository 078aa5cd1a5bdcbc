using Storyline.Similarity;
using Storyline.Similarity.Embeddings;

namespace Storyline.Tests.Similarity;

/// <summary>The shipped matcher with the real language model and the shipped paraphrase model, on sentences of our own.</summary>
public sealed class MiniLmMatcherTests
{
    private static readonly Lazy<EmbeddingSentenceMatcher> Matcher = new(() => new EmbeddingSentenceMatcher(new CachedEmbedder(new MiniLmEmbedder())));

    private static MatchScore Compare(string a, string b) =>
        Matcher.Value.Compare(new SentenceView(a, Source: "one"), new SentenceView(b, Source: "two"), MatchPurpose.FactSameWords);

    [Fact]
    public void The_model_reads_meaning_the_words_do_not_share()
    {
        var e = Matcher.Value.Embedder.Embed(["The ceasefire will last three days.", "The truce is to hold for 72 hours.", "Schools in the region reopened after the holiday."]);
        Assert.Equal(384, e[0].Vector.Length);
        Assert.True(SentenceEmbedding.Cosine(e[0], e[1]) > SentenceEmbedding.Cosine(e[0], e[2]) + 0.2);
    }

    [Fact]
    public void Accents_do_not_change_a_name()
    {
        var e = Matcher.Value.Embedder.Embed(["Guaidó spoke in Caracas.", "Guaido spoke in Caracas."]);
        Assert.Equal(1.0, SentenceEmbedding.Cosine(e[0], e[1]), 4);
    }

    [Fact]
    public void Paraphrases_are_the_same_statement()
    {
        Assert.True(Compare("The mayor accused the contractor of cutting corners on the sea wall.",
            "The contractor cut corners on the sea wall, the mayor charged.").Same);
        Assert.True(Compare("Rescuers pulled 12 survivors from the rubble on Tuesday.",
            "On Tuesday rescuers pulled twelve survivors out of the rubble.").Same);
    }

    [Fact]
    public void Number_role_negation_and_attribution_swaps_stay_apart_and_say_why()
    {
        Assert.Equal(MatchReason.AmountsConflict, Compare("The flood killed 14 people in the valley.", "The flood killed 40 people in the valley.").Reason);
        Assert.Equal(MatchReason.RolesSwapped, Compare("Acme sued Globex over the patent.", "Globex sued Acme over the patent.").Reason);
        Assert.Equal(MatchReason.PolarityDiffers, Compare("The minister resigned over the scandal.", "The minister did not resign over the scandal.").Reason);
        Assert.Equal(MatchReason.SpeakersDiffer, Compare("The dam was poorly built, Reyes said.", "The dam was poorly built, Duarte said.").Reason);
        Assert.False(Compare("The council plans to close the harbour.", "The council closed the harbour.").Same);
    }

    [Fact]
    public void Different_facts_of_one_story_are_not_the_same()
    {
        var score = Compare("The barrier cost 310 million euros to build.", "Residents were moved to emergency shelters overnight.");
        Assert.False(score.Same);
        Assert.Equal(MatchReason.BelowThreshold, score.Reason);
    }
}
