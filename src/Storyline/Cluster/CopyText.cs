using System.Collections.Immutable;
using System.Text;
using Storyline.Articles;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline.Cluster;

/// <summary>
/// What a copy says that its original does not: the copy's paragraphs whose words are not in the original (a paper's own
/// paragraph added under a wire story, a later wire write-through). Stages that leave copies out, so that one telling is
/// not counted twice, still take these paragraphs, so what only a copy says stays in the ledgers and citable.
/// </summary>
public sealed class CopyText
{
    private readonly Dictionary<string, ImmutableArray<TextSpan>> _own;

    private CopyText(Dictionary<string, ImmutableArray<TextSpan>> own) => _own = own;

    public static CopyText Of(Story story)
    {
        var own = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var byId = story.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var copy in story.Articles)
        {
            if (copy.DuplicateOf is null) continue;
            // an original outside the story (a dropped or unknown id): the copy is all its own telling here
            if (!byId.TryGetValue(copy.DuplicateOf, out var original)) { own[copy.Id] = [new TextSpan(0, copy.Text.Length)]; continue; }
            var originalWords = Normalize(original.Text);
            own[copy.Id] = [.. Paragraphs(copy.Text).Where(p => Normalize(copy.Text.AsSpan(p.Start, p.Length)) is { Length: > 0 } words && !originalWords.Contains(words, StringComparison.Ordinal))];
        }
        return new CopyText(own);
    }

    /// <summary>True when the span is the article's own telling: any span of an original, a span inside a copy's own paragraph.</summary>
    public bool Counts(Article article, TextSpan span)
    {
        if (article.DuplicateOf is null) return true;
        if (!_own.TryGetValue(article.Id, out var paragraphs)) return false;
        foreach (var p in paragraphs)
            if (p.Contains(span)) return true;
        return false;
    }

    /// <summary>True when the article is an original or a copy with paragraphs of its own.</summary>
    public bool HasOwnText(Article article) =>
        article.DuplicateOf is null || (_own.TryGetValue(article.Id, out var p) && p.Length > 0);

    private static IEnumerable<TextSpan> Paragraphs(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) yield return new TextSpan(start, i - start);
            start = i + 1;
        }
    }

    /// <summary>Letters and digits, lower-cased, one space between words: an edited copy's punctuation and wrapping do not matter.</summary>
    private static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { if (space && sb.Length > 0) sb.Append(' '); sb.Append(char.ToLowerInvariant(c)); space = false; }
            else space = true;
        }
        return sb.ToString();
    }
}
