using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Annotate.Figures;

/// <summary>A quantity of the story as written, normalised, with what it counts.</summary>
public sealed record StoryFigure(string Text, double? Value, string? Unit, string? About, ImmutableArray<Citation> Citations);
