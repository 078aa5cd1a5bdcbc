using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Summarize;

/// <summary>
/// A sentence of the story's own output (summary, headline) with every span that supports it. For a summary
/// sentence the citations start with the parts of its source sentence that are shown, in text order (one part
/// when the sentence is shown whole, more when parts were left out: <see cref="SentenceCompressor"/>), followed by
/// the sentences of other articles that say the same.
/// </summary>
public sealed record CitedSentence(string Text, ImmutableArray<Citation> Citations)
{
    /// <summary>
    /// The leading citations that hold the shown text: those of the first citation's article, in increasing order. The text
    /// is their collapsed text joined by one space, or by nothing before a part that starts with punctuation.
    /// </summary>
    public ImmutableArray<Citation> SourceParts()
    {
        if (Citations.IsDefaultOrEmpty) return [];
        int n = 1;
        while (n < Citations.Length && Citations[n].ArticleId == Citations[0].ArticleId && Citations[n].Start >= Citations[n - 1].End) n++;
        return Citations[..n];
    }
}
