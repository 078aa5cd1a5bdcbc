using System.Collections.Immutable;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>
/// Finds and normalises temporal expressions (TIMEX3) in an article's sentences with the English
/// <see cref="TimexEngine"/>. Thread-safe: the engine is immutable and each call keeps its state on its own stack.
/// </summary>
public static class TimexTagger
{
    /// <summary>Tags every sentence of <paramref name="text"/>, anchored at <paramref name="anchor"/> (the publication date) when known.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, IEnumerable<TextSpan> sentences, DateOnly? anchor) =>
        TimexEngine.English.Tag(text, sentences, anchor);

    /// <summary>Tags one sentence, appending to <paramref name="output"/> in text order.</summary>
    public static void TagSentence(string text, TextSpan sentence, DateOnly? anchor, ICollection<TimeExpression> output) =>
        TimexEngine.English.TagSentence(text, sentence, anchor, output);
}
