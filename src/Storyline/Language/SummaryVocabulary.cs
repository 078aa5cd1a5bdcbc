using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// The words the summarizer judges sentences by: which openers point back at something the reader has not seen,
/// which words negate, which make a phrase a clause; and the stemmer its concepts are counted in. Sets
/// are case-insensitive unless noted.
/// </summary>
public sealed record SummaryVocabulary
{
    /// <summary>The stemmer of the summarizer's concepts. Its trained concept model and function-word table are keyed
    /// by these stems, so this is the stemmer they were trained with, not necessarily the pack's own.</summary>
    public required IStemmer Stemmer { get; init; }

    /// <summary>Openers that point back at something the reader has not seen ("he", "however"): a summary sentence
    /// must not start with them.</summary>
    public required FrozenSet<string> DanglingOpeners { get; init; }

    /// <summary>Subject and possessive pronouns that need an antecedent after an opening phrase (lower case, ordinal).</summary>
    public required FrozenSet<string> BackPointingPronouns { get; init; }

    /// <summary>Words that negate: a compression never drops one.</summary>
    public required FrozenSet<string> Negations { get; init; }

    /// <summary>The suffix of a contracted negation ("n't").</summary>
    public required string NegationSuffix { get; init; }

    /// <summary>Words that make a phrase a clause rather than a name ("and", "which", "because").</summary>
    public required FrozenSet<string> ClauseWords { get; init; }

    /// <summary>Common verbs and auxiliaries that make a phrase set off by commas a clause ("is", "said", "made").</summary>
    public required FrozenSet<string> Verbs { get; init; }

    /// <summary>Subject pronouns: a speaker phrase that starts with one and goes on is a clause ("he would resign").</summary>
    public required FrozenSet<string> SubjectPronouns { get; init; }
}
