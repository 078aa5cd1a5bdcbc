using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Figures;

/// <summary>A quantity of the story as written, normalised, with what it counts.</summary>
public sealed record StoryFigure(string Text, double? Value, string? Unit, string? About, ImmutableArray<Citation> Citations)
{
    /// <summary>The story's figures, merged across articles.</summary>
    public static readonly SectionKey<ImmutableArray<StoryFigure>> Section = new("figures");

    /// <summary>Stable id within the story (<see cref="StoryItemIds"/>): the same in every run, whatever the order of the input.</summary>
    public string Id { get; init; } = "";

    /// <summary>Ids of the story's figures that other outlets give for the same thing with an amount this one does not
    /// allow: "about 1,200 residents from their homes" against "some 1,500 residents had to leave their homes".</summary>
    public ImmutableArray<string> DiffersFrom { get; init; } = ImmutableArray<string>.Empty;
}
