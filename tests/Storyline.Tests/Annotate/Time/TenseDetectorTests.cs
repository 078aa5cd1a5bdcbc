using Storyline.Annotate.Time;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Time;

public sealed class TenseDetectorTests
{
    private static Tense Detect(string sentence, string phrase)
    {
        int at = sentence.IndexOf(phrase, StringComparison.Ordinal);
        return TenseDetector.Detect(sentence, new TextSpan(0, sentence.Length), new TextSpan(at, phrase.Length));
    }

    [Theory]
    [InlineData("The minister said on Friday that talks had failed.", "Friday", Tense.Past)]
    [InlineData("The minister will travel to Lima on Friday.", "Friday", Tense.Future)]
    [InlineData("Talks are expected to resume Friday.", "Friday", Tense.Future)]
    [InlineData("Crowds gathered Friday outside the palace.", "Friday", Tense.Past)]
    public void NearestVerbCueDecides(string sentence, string phrase, Tense expected) =>
        Assert.Equal(expected, Detect(sentence, phrase));
}
