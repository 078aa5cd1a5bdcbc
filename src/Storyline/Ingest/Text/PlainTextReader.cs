using Storyline.Problems;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Ingest.Text;

/// <summary>
/// Reads a plain-text article: optional front matter, then the body. The title is recognised
/// later by the cleaner, which sees the lines after site chrome is gone.
/// </summary>
public sealed class PlainTextReader : IArticleReader
{
    public string Name => "text";

    public int Score(InputDocument document, ReadOnlySpan<char> head) => document.Extension switch
    {
        ".txt" or ".text" or ".md" or ".markdown" => 50,
        // anything else that decodes as text is read as text, below every specialised reader
        _ => 1,
    };

    public ReadResult Read(InputDocument document, string text)
    {
        var metadata = ArticleMetadata.Empty;
        var warnings = new List<string>();
        int bodyStart = FrontMatter.Parse(text, ref metadata, warnings);
        var body = text[bodyStart..];
        var problems = warnings.Select(w => new Problem(document.Source, w, ProblemCodes.FrontMatterIgnored)).ToImmutableArray();
        if (string.IsNullOrWhiteSpace(body))
            return new ReadResult(ImmutableArray<ArticleDraft>.Empty, problems.Add(new Problem(document.Source, "no article text (only metadata or white space)", ProblemCodes.TextNoBody)));
        return new ReadResult([new ArticleDraft(document.Source, body, metadata)], problems);
    }
}
