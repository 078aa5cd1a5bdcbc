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
    public void Strips_only_a_leading_dateline(string sentence, string shown)
    {
        var span = Dateline.Strip(sentence, new TextSpan(0, sentence.Length));
        Assert.Equal(shown, sentence.Substring(span.Start, span.Length));
    }
}
