namespace Storyline.Problems;

/// <summary>
/// An input, or part of one, that could not be used or was used with a caveat: a stable
/// <paramref name="Code"/> from <see cref="ProblemCodes"/> and a plain-language reason.
/// </summary>
/// <param name="Source">File path, URL, or "file#3" for one record of a file.</param>
/// <param name="Reason">What went wrong, for people; may quote untrusted input (renderers escape it).</param>
/// <param name="Code">A code of <see cref="ProblemCodes"/>; its severity comes from the catalogue.</param>
public sealed record Problem(string Source, string Reason, string Code)
{
    /// <summary>Error, warning or notice, as the catalogue says for <see cref="Code"/>.</summary>
    public ProblemSeverity Severity => ProblemCodes.SeverityOf(Code);
}
