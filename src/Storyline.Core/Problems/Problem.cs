namespace Storyline.Problems;

/// <summary>An input, or part of one, that could not be used (or was used only in part), with a plain-language reason.</summary>
/// <param name="Source">The file, URL, article or story it concerns.</param>
/// <param name="Reason">What happened, for a reader.</param>
public sealed record Problem(string Source, string Reason)
{
    /// <summary>A stable code from <see cref="ProblemCodes"/>, for programs reading the report; null for problems not yet coded.</summary>
    public string? Code { get; init; }

    /// <summary>How bad it is: an input lost (<see cref="ProblemSeverity.Error"/>) or a part left undone (<see cref="ProblemSeverity.Notice"/>).</summary>
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;
}

/// <summary>How much of an input a problem cost.</summary>
public enum ProblemSeverity
{
    /// <summary>The input, or a part of it, was not used.</summary>
    Error,

    /// <summary>The input was used, but some analysis was left out on purpose (e.g. a stage that does not read its language).</summary>
    Notice,
}

/// <summary>The catalogue of problem codes.</summary>
public static class ProblemCodes
{
    /// <summary>An article is in a language some stages do not read: those stages skipped it.</summary>
    public const string LanguageUnsupported = "language-unsupported";

    /// <summary>An article's language could not be told (no metadata, too few function words): stages written for
    /// particular languages skipped it.</summary>
    public const string LanguageUnknown = "language-unknown";
}
