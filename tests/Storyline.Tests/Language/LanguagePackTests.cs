using Storyline.Articles;
using Storyline.Language;

namespace Storyline.Tests.Language;

/// <summary>The English pack and how stages find a pack.</summary>
public sealed class LanguagePackTests
{
    private static readonly LanguagePack English = LanguagePacks.English;

    [Fact]
    public void Packs_are_found_by_language_whatever_the_region()
    {
        Assert.Same(English, LanguagePacks.Default.For("en-GB"));
        Assert.Null(LanguagePacks.Default.For("es"));
        Assert.Null(LanguagePacks.Default.For(null));
    }

    [Fact]
    public void A_step_reading_every_language_gets_no_pack_for_a_language_without_one()
    {
        Assert.Null(LanguagePacks.Default.ForReading(new Article("a1", "t", OwnTexts.Spanish)));
        Assert.Same(English, LanguagePacks.Default.ForReading(new Article("a2", "t", OwnTexts.English)));
        // too few words to tell: the first pack's
        Assert.Same(English, LanguagePacks.Default.ForReading(new Article("a3", "t", "Marlow Bay")));
    }

    [Theory]
    [InlineData("offices", "offic")]
    [InlineData("generously", "generous")]
    [InlineData("evacuated", "evacu")]
    public void The_pack_stemmer_is_snowball_english(string word, string stem) => Assert.Equal(stem, English.Stemmer.Stem(word));

    [Fact]
    public void The_summarizer_and_content_terms_keep_rouge_porter_stems() =>
        // Porter (ROUGE-1.5.5) and Porter2 differ here: the trained summary model is keyed by the first
        Assert.NotEqual(English.Stemmer.Stem("generously"), English.Summary.Stemmer.Stem("generously"));

    [Fact]
    public void One_function_word_list_and_the_grouping_list_are_different_purposes()
    {
        Assert.True(English.FunctionWords.Contains("the") && English.FunctionWords.Contains("said"));
        // news words no story is told by: grouping drops them, content terms keep them
        Assert.True(English.GroupingStopWords.Contains("wednesday"));
        Assert.False(English.FunctionWords.Contains("wednesday"));
    }

    [Fact]
    public void Months_weekdays_and_numbers_come_from_one_place()
    {
        Assert.Equal(9, English.Calendar.Months["Sept"]);
        Assert.Equal(DayOfWeek.Thursday, English.Calendar.Weekdays["thurs"]);
        Assert.Equal(9, English.Time.Months["sept"]);
        Assert.Equal(DayOfWeek.Monday, English.Time.Weekdays["mondays"]);
        Assert.Equal(40, English.Numbers.Cardinals["forty"]);
        Assert.Equal(40, English.Time.Numbers["forty"]);
        Assert.Equal(12, English.Time.Numbers["dozen"]);
        Assert.Equal(1000, English.Time.NumberScales["thousand"]);
        Assert.False(English.Time.NumberScales.ContainsKey("million"));
    }

    [Fact]
    public void Event_types_are_looked_up_by_stem_and_stem_prefix()
    {
        var types = English.Claims.EventTypesOf(new HashSet<string> { "sever", "evacuating" });
        Assert.Contains("sever-relations", types);
        Assert.Contains("evacuate", types);
        Assert.Empty(English.Claims.EventTypesOf(new HashSet<string> { "harbour" }));
    }

    [Theory]
    [InlineData("the interim president", false)]
    [InlineData("the self-proclaimed president", true)]
    [InlineData("the de facto ruler", true)]
    public void Loaded_labels_are_told_by_word_or_phrase(string label, bool loaded) => Assert.Equal(loaded, English.Framing.IsLoaded(label));
}
