using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, LanguagePacks.English.Sentences).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();

    [Theory]
    [InlineData("Officials in the U.S. capital met on Monday. They agreed to talk.", 2)]
    [InlineData("The U.S. The next item.", 2)] // a typical opener after a dotted acronym ends the sentence
    [InlineData("Col. Jose Luis Silva spoke. He was calm.", 2)]
    [InlineData("It happened on Jan. 23, 2019 in Caracas. Crowds gathered.", 2)]
    [InlineData("Mr. Smith and Dr. Jones arrived. Talks began.", 2)]
    [InlineData("The No. 2 official resigned. Nobody knew why.", 2)]
    [InlineData("The firm, Acme Inc. The name was new.", 2)]
    public void Split_handles_abbreviations(string text, int expected) =>
        Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Split_keeps_initials_inside_a_name() =>
        Assert.Equal(["J. R. Ewing left Dallas on Friday.", "He did not return."], Split("J. R. Ewing left Dallas on Friday. He did not return."));

    [Fact]
    public void Split_keeps_an_attributed_multi_sentence_quote_whole()
    {
        var text = "\u201CStop! Go home now, all of you,\u201D she said, giving them an hour. Others stayed.";
        Assert.Equal(["\u201CStop! Go home now, all of you,\u201D she said, giving them an hour.", "Others stayed."], Split(text));
    }

    [Fact]
    public void Split_keeps_straight_quote_followed_by_comma_and_speaker()
    {
        var text = "\"We met the generals. We offered amnesty\", the leader said. Then he left.";
        Assert.Equal(["\"We met the generals. We offered amnesty\", the leader said.", "Then he left."], Split(text));
    }

    [Fact]
    public void Split_ends_a_sentence_inside_closing_quote()
    {
        var text = "She said: \u201CWe will win.\u201D The crowd cheered.";
        Assert.Equal(["She said: \u201CWe will win.\u201D", "The crowd cheered."], Split(text));
    }

    [Fact]
    public void Split_does_not_break_at_em_dash() =>
        Assert.Single(Split("The minister — who arrived late — spoke for an hour."));

    [Fact]
    public void Split_treats_ellipsis_before_lowercase_as_inside_sentence() =>
        Assert.Single(Split("Don't shoot… don't repress peaceful marches."));

    [Fact]
    public void Split_breaks_after_ellipsis_before_capital() =>
        Assert.Equal(2, Split("He paused... Then he spoke again.").Length);

    [Fact]
    public void Split_treats_each_line_as_a_boundary_for_headlines()
    {
        var text = "Storm hits the coast\n\nThe storm arrived at dawn. Roads closed.";
        Assert.Equal(["Storm hits the coast", "The storm arrived at dawn.", "Roads closed."], Split(text));
    }

    [Fact]
    public void Split_does_not_break_inside_decimal_numbers() =>
        Assert.Single(Split("Inflation reached 3.5 percent in May."));

    [Fact]
    public void Split_spans_are_trimmed_and_in_bounds()
    {
        var text = "  First one.   Second one!  \n  Third?  ";
        var sentences = SentenceSplitter.Split(text, LanguagePacks.English.Sentences);
        Assert.Equal(3, sentences.Length);
        foreach (var s in sentences)
        {
            Assert.InRange(s.Span.End, 0, text.Length);
            Assert.False(char.IsWhiteSpace(text[s.Span.Start]));
            Assert.False(char.IsWhiteSpace(text[s.Span.End - 1]));
        }
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_of_empty_text_is_empty() => Assert.Empty(SentenceSplitter.Split("", LanguagePacks.English.Sentences));
}
