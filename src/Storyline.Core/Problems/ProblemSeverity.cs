namespace Storyline.Problems;

/// <summary>How much a problem costs the run.</summary>
public enum ProblemSeverity
{
    /// <summary>An input, or part of one, could not be used: its content is not in the report.</summary>
    Error,

    /// <summary>The input was used, but something in it was guessed, repaired or ignored.</summary>
    Warning,

    /// <summary>Nothing was lost: the run did something the user may want to know about (a copy not stored twice, a folder link not followed).</summary>
    Notice,
}
