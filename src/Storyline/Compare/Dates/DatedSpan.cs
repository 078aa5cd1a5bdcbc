using Storyline.Text;

namespace Storyline.Compare.Dates;

/// <summary>A time expression of an article placed on the calendar.</summary>
/// <param name="Span">The expression ("on Saturday").</param>
/// <param name="Date">The day it names.</param>
/// <param name="Sentence">The sentence it dates.</param>
public readonly record struct DatedSpan(TextSpan Span, DateOnly Date, TextSpan Sentence);
