using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Lab.Evaluation.Time;

/// <summary>A gold TIMEX3 annotation: span, type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value, string Text);

/// <summary>One document of a TempEval-3 style file: its text, creation date and gold expressions (the creation date itself excluded).</summary>
public sealed record TimexDocument(string Split, string Doc, DateOnly? Dct, string Text, ImmutableArray<GoldTimex> Gold);
