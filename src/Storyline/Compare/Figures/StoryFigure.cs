using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Figures;

/// <summary>A quantity of the story as written, normalised, with what it counts.</summary>
public sealed record StoryFigure(string Text, double? Value, string? Unit, string? About, ImmutableArray<Citation> Citations)
{
    /// <summary>The story's figures, merged across articles.</summary>
    public static readonly SectionKey<ImmutableArray<StoryFigure>> Section = new("figures");

    /// <summary>Indexes (in the story's figures) of figures other outlets give for the same thing with an amount this
    /// one does not allow: "about 1,200 residents from their homes" against "some 1,500 residents had to leave their homes".</summary>
    public ImmutableArray<int> DiffersFrom { get; init; } = ImmutableArray<int>.Empty;
}
