using Storyline.Problems;
using System.Collections.Immutable;

namespace Storyline.Ingest;

/// <summary>A reader's output for one input: the articles it found and what went wrong.</summary>
public sealed record ReadResult(ImmutableArray<ArticleDraft> Drafts, ImmutableArray<Problem> Problems)
{
    public static ReadResult Of(params ArticleDraft[] drafts) => new([.. drafts], ImmutableArray<Problem>.Empty);

    public static ReadResult Failed(string source, string reason, string code) => new(ImmutableArray<ArticleDraft>.Empty, [new Problem(source, reason, code)]);
}
