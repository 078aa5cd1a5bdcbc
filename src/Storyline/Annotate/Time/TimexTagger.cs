using System.Collections.Immutable;
using Storyline.Annotate.Time.Recognizers;
using Storyline.Text;

namespace Storyline.Annotate.Time;

/// <summary>Finds and normalises temporal expressions (TIMEX3) in an article's sentences.</summary>
public static class TimexTagger
{
    /// <summary>Tags every sentence of <paramref name="text"/>, anchored at <paramref name="anchor"/> (the publication date) when known.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, IEnumerable<TextSpan> sentences, DateOnly? anchor) =>
        RecognizersTimexTagger.Tag(text, sentences, anchor);

    /// <summary>Tags one sentence, appending to <paramref name="output"/> in text order.</summary>
    public static void TagSentence(string text, TextSpan sentence, DateOnly? anchor, ICollection<TimeExpression> output) =>
        RecognizersTimexTagger.TagSentence(text, sentence, anchor, output);
}
