using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Annotate.Entities;

/// <summary>A name in an article's text recognised as a person, organisation, place or other named thing.</summary>
public readonly record struct EntityMention(TextSpan Span, EntityType Type)
{
    public static readonly LayerKey<EntityMention> Layer = new("entities");
}
