using Storyline.Articles;
using Storyline.Language;

namespace Storyline.Tests.Language;

/// <summary>The detector tells the languages news is written in apart, from a paragraph or a line of twenty words.</summary>
public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs => new()
    {
        { OwnTexts.English, "en" }, { OwnTexts.Spanish, "es" }, { OwnTexts.German, "de" }, { OwnTexts.French, "fr" },
        { OwnTexts.Italian, "it" }, { OwnTexts.Portuguese, "pt" }, { OwnTexts.Dutch, "nl" }, { OwnTexts.Russian, "ru" },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_paragraph_is_told_in_its_language(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Its_first_sentence_is_enough(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text[..(text.IndexOf('.') + 1)]));

    [Fact]
    public void Names_and_a_quoted_line_of_another_language_do_not_change_an_English_article()
    {
        var text = OwnTexts.English + " \"No nos vamos a ir\", a resident shouted in Spanish at Mayor José de la Fuente y Ruiz.";
        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,200 72 14 2026-03-04")]
    [InlineData("Marlow Bay Tidewall Engineering Helen Okafor")]
    public void Text_without_function_words_is_unknown(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("es-ES", "es")]
    [InlineData("DE", "de")]
    [InlineData("pt_BR", "pt")]
    public void An_article_s_metadata_language_wins_normalised(string tag, string expected)
    {
        var article = new Article("a1", "test", OwnTexts.English, new ArticleMetadata { Language = tag });
        Assert.Equal(expected, LanguageDetector.Of(article));
    }

    [Fact]
    public void Without_metadata_the_article_s_text_decides()
    {
        Assert.Equal("de", LanguageDetector.Of(new Article("a1", "test", OwnTexts.German)));
        Assert.Equal("en", LanguageDetector.Of(new Article("a2", "test", OwnTexts.English)));
    }
}
