namespace Storyline.Problems;

/// <summary>An input, or part of one, that could not be used, with a plain-language reason.</summary>
public sealed record Problem(string Source, string Reason);
