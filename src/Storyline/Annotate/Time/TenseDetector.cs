using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>
/// Guesses the tense of the clause an expression modifies from the nearest verb cue around it:
/// "will", "is to", "plans to" mean future; a past form ("said", "met", "-ed") means past. Without a
/// tagger this is a cue search, good enough to decide which Saturday "on Saturday" is. The cues are the
/// English vocabulary's (<see cref="TimeVocabulary.FutureCues"/> and the sets after it).
/// </summary>
public static class TenseDetector
{
    /// <summary>The tense of the clause around <paramref name="expression"/> within <paramref name="sentence"/>.</summary>
    public static Tense Detect(string text, TextSpan sentence, TextSpan expression) =>
        TimexEngine.English.DetectTense(text, sentence, expression);
}
