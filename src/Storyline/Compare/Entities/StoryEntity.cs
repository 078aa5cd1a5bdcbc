using Storyline.Stories;
using Storyline.Annotate.Entities;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Entities;

/// <summary>One actor of a story, merged across the mentions of all its articles.</summary>
public sealed record StoryEntity(string Id, string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<Citation> Mentions)
{
    /// <summary>The story's actors, most mentioned first.</summary>
    public static readonly SectionKey<ImmutableArray<StoryEntity>> Section = new("entities");
}
