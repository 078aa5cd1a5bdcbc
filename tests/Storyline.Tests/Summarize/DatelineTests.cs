using Storyline.Summarize;
using Storyline.Text;

namespace Storyline.Tests.Summarize;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("CARACAS, Venezuela (AP) — The opposition marched.", "The opposition marched.")]
    [InlineData("WASHINGTON _ Senators voted late on Friday.", "Senators voted late on Friday.")]
    [InlineData("london (reuters) - shares fell sharply.", "shares fell sharply.")]
    [InlineData("The opposition marched (AP) on Monday.", "The opposition marched (AP) on Monday.")]
    [InlineData("NASA said the launch was delayed.", "NASA said the launch was delayed.")]
    [InlineData("* The season has 36 races.", "The season has 36 races.")]
    [InlineData("*Only the top twelve drivers race for the title.", "Only the top twelve drivers race for the title.")]
    [InlineData("• Rates rose for a third month.", "Rates rose for a third month.")]
    [InlineData("- WASHINGTON _ Senators voted late on Friday.", "Senators voted late on Friday.")]
    [InlineData("-5 degrees was the lowest reading of the night.", "-5 degrees was the lowest reading of the night.")]
    [InlineData("— and then the barrier gave way.", "and then the barrier gave way.")]
    public void Strips_only_a_leading_list_marker_and_dateline(string sentence, string shown)
    {
        var span = Dateline.Strip(sentence, new TextSpan(0, sentence.Length));
        Assert.Equal(shown, sentence.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("FERROWICK (Gullwing Wire) — A landslide shut the line.", "Gullwing Wire")]
    [InlineData("A landslide shut the line (AP).", "AP")]
    [InlineData("A landslide shut the line (after days of rain).", "")]
    public void Credited_outlets_are_the_capitalised_names_in_parentheses(string text, string outlets)
    {
        Assert.Equal(outlets, string.Join("|", Dateline.CreditedOutlets(text)));
    }

    [Fact]
    public void The_opening_is_where_a_dateline_sits()
    {
        var text = new string('x', Dateline.OpeningChars + 50) + " (Gullwing Wire)";
        Assert.Empty(Dateline.CreditedOutlets(Dateline.Opening(text)));
        Assert.Equal("Gullwing Wire", Assert.Single(Dateline.CreditedOutlets(text)));
    }
}
