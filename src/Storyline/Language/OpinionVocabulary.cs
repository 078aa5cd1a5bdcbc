using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Storyline.Language;

/// <summary>
/// The words that tell an opinion or analysis piece from a news report: labels of sections, genres and URL paths, the
/// shapes of an evaluative headline, first-person and second-person argument, and evaluative words. Sets are
/// case-insensitive.
/// </summary>
public sealed record OpinionVocabulary
{
    /// <summary>Words of a section, genre, keyword or URL path segment that make a piece opinion ("opinion", "op-ed",
    /// "editorial", "column", "comment").</summary>
    public required FrozenSet<string> OpinionLabels { get; init; }

    /// <summary>Words of a section, genre, keyword or URL path segment that make a piece analysis ("analysis", "explainer").</summary>
    public required FrozenSet<string> AnalysisLabels { get; init; }

    /// <summary>A headline that names its own genre ("Opinion: …", "… | Analysis"): the group "label" holds the word.</summary>
    public required Regex HeadlineLabel { get; init; }

    /// <summary>Headline shapes that pass judgement rather than report ("… is the mayor's to own", "X must go", "Why …?"),
    /// each with a short name for the cue it gives.</summary>
    public required ImmutableArray<(string Name, Regex Pattern)> EvaluativeHeadlines { get; init; }

    /// <summary>First-person argument outside quotation marks ("I think", "we must", "in my view"): the writer argues.</summary>
    public required Regex FirstPersonArgument { get; init; }

    /// <summary>The reader addressed outside quotation marks ("you", "your"): columns talk to the reader, reports do not.</summary>
    public required FrozenSet<string> SecondPerson { get; init; }

    /// <summary>Verbs after which the rest of the sentence is the subject's charge, not the outlet's ("accused Washington of
    /// a coup", "branded the vote a sham"), besides the quote rules' report cues.</summary>
    public required FrozenSet<string> AccusationVerbs { get; init; }

    /// <summary>Evaluative words an outlet writes only when it judges ("fiasco", "shameful", "hand-picked"), besides the
    /// framing vocabulary's loaded words.</summary>
    public required FrozenSet<string> EvaluativeWords { get; init; }
}
