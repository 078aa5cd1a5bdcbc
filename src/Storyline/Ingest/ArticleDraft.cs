using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Ingest;

/// <summary>
/// What a reader makes of one article: its raw body text (paragraphs separated by line breaks)
/// and metadata, before cleaning. A feed or JSONL file yields several drafts.
/// </summary>
/// <param name="Source">Where it came from; for one of several items in a file, "file#3".</param>
/// <param name="Body">Raw body text, one paragraph per line (blank lines allowed).</param>
/// <param name="Metadata">Whatever the format declared (title, outlet, url, date...).</param>
/// <param name="Removed">What the reader already dropped (e.g. HTML navigation), with reasons.</param>
public sealed record ArticleDraft(string Source, string Body, ArticleMetadata Metadata, ImmutableArray<Removal> Removed = default)
{
    public ImmutableArray<Removal> Removed { get; init; } = Removed.IsDefault ? ImmutableArray<Removal>.Empty : Removed;
}
