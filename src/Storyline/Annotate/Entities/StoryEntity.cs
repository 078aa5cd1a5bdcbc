using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Annotate.Entities;

/// <summary>One actor of a story, merged across the mentions of all its articles.</summary>
public sealed record StoryEntity(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<Citation> Mentions);
