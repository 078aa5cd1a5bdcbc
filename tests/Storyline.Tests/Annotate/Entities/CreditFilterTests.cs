using Storyline.Compare.Entities.Merging;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Entities;

public sealed class CreditFilterTests
{
    private static bool InCredit(string text, string name) =>
        CreditFilter.IsInCredit(text, new TextSpan(text.IndexOf(name, StringComparison.Ordinal), name.Length), LanguagePacks.English.Names);

    [Fact]
    public void Names_after_a_copyright_sign_are_credits() =>
        Assert.True(InCredit("Intro line.\n© AGENCY / Pat Lensman\nMore text.", "Pat Lensman"));

    [Fact]
    public void Names_in_photo_parentheses_are_credits()
    {
        var text = "Crowds gathered in the square. (AP Photo/Rosa Camera) The mayor spoke.";
        Assert.True(InCredit(text, "Rosa Camera"));
        Assert.True(InCredit(text, "AP"));
        Assert.False(InCredit(text, "mayor"));
    }

    [Fact]
    public void Bylines_are_credits_but_body_sentences_are_not()
    {
        var text = "Storm hits coast\n\nKTV Newsroom\nBy Lee Writer\nGovernor Ray Lund said the storm was strong.";
        Assert.True(InCredit(text, "KTV"));
        Assert.True(InCredit(text, "Lee Writer"));
        Assert.False(InCredit(text, "Ray Lund"));
    }

    [Fact]
    public void Photo_colon_credits_are_credits() =>
        Assert.True(InCredit("Caption text. Photo: Sam Shutter", "Sam Shutter"));

    [Fact]
    public void A_credit_cue_counts_only_just_before_the_name_even_on_a_paragraph_long_line()
    {
        var body = string.Concat(Enumerable.Repeat("The council met again on the harbour plan and heard from residents. ", 12));
        var text = body + "Photo by Sam Shutter. " + body + "Mayor Ada Lund spoke last.";
        Assert.True(InCredit(text, "Sam Shutter"));
        Assert.False(InCredit(text, "Ada Lund"));   // the same cue, hundreds of characters earlier on the line
    }
}
