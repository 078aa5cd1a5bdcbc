using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Problems;

namespace Storyline.Stories;

/// <summary>Everything a digest run produced: annotated articles, analysed stories, and what could not be used.</summary>
public sealed record DigestResult(ImmutableArray<Article> Articles, ImmutableArray<StoryDocument> Stories, ImmutableArray<Problem> Problems);

/// <summary>Progress of a run, for a status line on stderr.</summary>
public readonly record struct DigestProgress(string Stage, int Done, int Total);
