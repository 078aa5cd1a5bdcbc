using Storyline.Similarity;

namespace Storyline.Tests.Similarity;

public sealed class LexicalSentenceMatcherTests
{
    private static SentenceView Terms(params string[] terms) => new(string.Join(' ', terms), terms.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Summary_support_is_the_share_of_the_summary_sentence_found_in_the_other_with_four_stems_at_least()
    {
        var matcher = LexicalSentenceMatcher.Instance;
        var source = Terms("dam", "fail", "flood", "town", "kill", "twelv");
        var restated = Terms("dam", "fail", "flood", "town", "resid", "leav", "home", "water", "rose", "night");
        // four of six: most of what the summary sentence says, whatever else the other sentence adds
        var forward = matcher.Compare(source, restated, MatchPurpose.SummarySupport);
        Assert.True(forward.Same);
        Assert.Equal(4 / 6.0, forward.Score, 12);
        // asymmetric: the long sentence is not supported by the short one
        Assert.False(matcher.Compare(restated, source, MatchPurpose.SummarySupport).Same);
        // three shared stems are a name and a verb, not support, even when they are all the sentence has
        var shortOne = matcher.Compare(Terms("dam", "fail", "flood"), restated, MatchPurpose.SummarySupport);
        Assert.Equal((1.0, false, MatchReason.TooFewShared), (shortOne.Score, shortOne.Same, shortOne.Reason));
    }

    [Fact]
    public void One_utterance_needs_two_shared_stems_and_most_of_the_shorter_quote()
    {
        var matcher = LexicalSentenceMatcher.Instance;
        Assert.True(matcher.Compare(Terms("minim", "perso", "embas"), Terms("minim", "perso", "stay", "capit"), MatchPurpose.SameUtterance).Same);
        var chance = matcher.Compare(Terms("minim"), Terms("minim", "perso"), MatchPurpose.SameUtterance);
        Assert.Equal(MatchReason.TooFewShared, chance.Reason);
        Assert.Equal(MatchReason.BelowThreshold, matcher.Compare(Terms("a", "b", "c", "d", "e"), Terms("a", "b", "x", "y", "z"), MatchPurpose.SameUtterance).Reason);
    }

    [Fact]
    public void Without_terms_of_its_own_a_view_is_compared_on_the_content_terms_of_its_text()
    {
        var matcher = LexicalSentenceMatcher.Instance;
        var about = matcher.Compare(new SentenceView("residents forced from their homes"), new SentenceView("homes of residents"), MatchPurpose.FigureAboutSameAmount);
        Assert.True(about.Same);
        Assert.Equal(1, about.Score, 12);
        var nothing = matcher.Compare(new SentenceView("the"), new SentenceView("homes of residents"), MatchPurpose.FigureAboutSameAmount);
        Assert.Equal((0.0, false, MatchReason.NothingToCompare), (nothing.Score, nothing.Same, nothing.Reason));
    }

    [Fact]
    public void Weighted_purposes_weigh_words_by_the_prepared_sentences_and_each_level_has_its_own_threshold()
    {
        var sentences = new[]
        {
            new SentenceView("Estland severed diplomatic relations with Norland on Monday."),
            new SentenceView("Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute."),
            new SentenceView("Estland and Norland held talks in Talvik."),
            new SentenceView("Estland fielded a team at the games."),
        };
        var comparer = LexicalSentenceMatcher.Instance.Prepare(sentences);
        Assert.Equal(4, comparer.Count);
        var words = comparer.Compare(0, 1, MatchPurpose.FactSameWords);
        // the same pair, asked at another level, is the same score judged against another threshold
        var withEvent = comparer.Compare(0, 1, MatchPurpose.FactSameEvent);
        Assert.Equal(words.Score, withEvent.Score, 12);
        Assert.InRange(words.Score, LexicalMatchRules.For(MatchPurpose.FactSameEvent).Threshold, LexicalMatchRules.For(MatchPurpose.FactSameWords).Threshold);
        Assert.False(words.Same);
        Assert.True(withEvent.Same);
        // a term every sentence uses weighs less than one few use
        var common = comparer.Compare(0, 3, MatchPurpose.FactSameWords).Score;
        var rarer = comparer.Compare(0, 2, MatchPurpose.FactSameWords).Score;
        Assert.True(common < rarer, $"{common} vs {rarer}");
        // asking another pair in between does not mix up the answers
        Assert.Equal(words.Score, comparer.Compare(1, 0, MatchPurpose.FactSameWords).Score, 12);
    }

    [Fact]
    public void Every_purpose_has_a_rule()
    {
        foreach (var purpose in Enum.GetValues<MatchPurpose>())
            Assert.InRange(LexicalMatchRules.For(purpose).Threshold, 0, 1);
    }
}
