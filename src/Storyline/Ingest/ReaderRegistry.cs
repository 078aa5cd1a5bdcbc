using System.Collections.Immutable;

namespace Storyline.Ingest;

/// <summary>The readers <c>digest</c> tries on each input; the best-scoring one reads it.</summary>
public static class ReaderRegistry
{
    public static ImmutableArray<IArticleReader> Default { get; } =
    [
        new Text.PlainTextReader(),
        new Json.JsonArticleReader(),
        new Html.HtmlArticleReader(),
        new Feeds.FeedArticleReader(),
    ];

    /// <summary>The reader that fits best, or null when none does.</summary>
    public static IArticleReader? Choose(IEnumerable<IArticleReader> readers, InputDocument document, ReadOnlySpan<char> head)
    {
        IArticleReader? best = null;
        int bestScore = 0;
        foreach (var reader in readers)
        {
            int score = reader.Score(document, head);
            if (score > bestScore) { best = reader; bestScore = score; }
        }
        return best;
    }
}
