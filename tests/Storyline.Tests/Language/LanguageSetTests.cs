using Storyline.Stages;

namespace Storyline.Tests.Language;

public sealed class LanguageSetTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData(" EN_us ", "en")]
    [InlineData("fil", "fil")]
    [InlineData("", null)]
    [InlineData("e", null)]
    [InlineData("english", null)]
    [InlineData("e1", null)]
    public void Tags_normalise_to_their_primary_subtag(string tag, string? expected) => Assert.Equal(expected, LanguageSet.Normalize(tag));

    [Fact]
    public void A_set_supports_its_languages_in_any_tag_style_and_nothing_unknown()
    {
        var english = LanguageSet.Of("en");
        Assert.True(english.Supports("en-US"));
        Assert.False(english.Supports("es"));
        Assert.False(english.Supports(null));
        Assert.Equal("en", english.ToString());
    }

    [Fact]
    public void Any_supports_every_language_and_an_unknown_one() =>
        Assert.True(LanguageSet.Any.Supports("es") && LanguageSet.Any.Supports(null) && LanguageSet.Any.IsAny);

    [Fact]
    public void A_malformed_code_is_refused() => Assert.Throws<ArgumentException>(() => LanguageSet.Of("english"));
}
