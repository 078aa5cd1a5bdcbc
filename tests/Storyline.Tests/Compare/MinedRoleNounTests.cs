using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Compare.Framing;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Tests.Compare;

/// <summary>Issue 20, point 1: role nouns mined from data (role-nouns-en.txt) head labels beside the hand list; common
/// words never do. Sentences written for these tests.</summary>
public class MinedRoleNounTests
{
    private static FramingVocabulary Framing => LanguagePacks.English.Framing;

    private static List<string> LabelsOf(string text, string name)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        var mentions = new List<(TextSpan, string, EntityType)> { (new TextSpan(text.IndexOf(name, StringComparison.Ordinal), name.Length), "p", EntityType.Person) };
        return LabelExtractor.Find(article, mentions, Framing).Where(l => l.EntityId == "p").Select(l => l.Label).ToList();
    }

    [Fact]
    public void The_mined_list_loads_and_holds_only_words_the_hand_rules_miss()
    {
        Assert.InRange(Framing.MinedRoleWords.Count, 10, 200);
        Assert.True(Framing.MinedRoleWords.Contains("striker"));
        Assert.True(Framing.MinedRoleWords.Contains("goalkeeper"));
        var handOnly = Framing with { MinedRoleWords = System.Collections.Frozen.FrozenSet<string>.Empty };
        Assert.All(Framing.MinedRoleWords, w =>
        {
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.False(handOnly.IsRole(w), $"'{w}' is already a role by the hand list or an ending");
        });
    }

    [Theory]
    [InlineData("The club signed striker Tomas Brandt in June.", "striker")]
    [InlineData("The report quoted analyst Tomas Brandt on Monday.", "analyst")]
    [InlineData("The visitors relied on goalkeeper Tomas Brandt all evening.", "goalkeeper")]
    public void A_mined_role_noun_heads_a_label(string sentence, string label) =>
        Assert.Equal([label], LabelsOf(sentence, "Tomas Brandt"));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("and")]
    [InlineData("beat")]
    [InlineData("meet")]
    [InlineData("van")]
    [InlineData("der")]
    [InlineData("international")]
    public void A_common_word_is_no_role(string word) => Assert.False(Framing.IsRole(word));

    [Theory]
    [InlineData("The visitors beat Tomas Brandt in the final.")]
    [InlineData("Crowds waited yesterday and Tomas Brandt spoke.")]
    public void Verbs_and_function_words_before_a_name_make_no_label(string sentence) =>
        Assert.Empty(LabelsOf(sentence, "Tomas Brandt"));
}
