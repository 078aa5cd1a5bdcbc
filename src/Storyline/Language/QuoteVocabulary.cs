using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// The words the quote rules read: speech verbs in every form (so lookups need no stemming), pronouns, determiners,
/// honorifics, role nouns and the words that end a speaker phrase. Case-insensitive unless noted.
/// </summary>
public sealed record QuoteVocabulary
{
    /// <summary>Every form of the verbs that introduce a quotation in quote marks ("said", "told", "added", "warns").</summary>
    public required FrozenSet<string> DirectCues { get; init; }

    /// <summary>Cues that may open a sentence before their speaker ("Said Comey, “…”"), capitalised (ordinal).</summary>
    public required FrozenSet<string> InvertedCues { get; init; }

    /// <summary>Every form of the verbs that report speech without quote marks ("X said that …"): narrower than
    /// <see cref="DirectCues"/>, since without marks "read" or "post" far more often mean something else.</summary>
    public required FrozenSet<string> ReportCues { get; init; }

    /// <summary>Verbs whose object (the listener) sits between the cue and what was said ("told Reuters that …").</summary>
    public required FrozenSet<string> TakesListener { get; init; }

    /// <summary>Subject pronouns ("he", "they").</summary>
    public required FrozenSet<string> Pronouns { get; init; }

    /// <summary>Reflexive pronouns ("himself").</summary>
    public required FrozenSet<string> Reflexives { get; init; }

    /// <summary>Objects of a speech verb that are no speaker ("him", "reporters").</summary>
    public required FrozenSet<string> ObjectPronouns { get; init; }

    /// <summary>Determiners and quantifiers that open a role phrase ("the", "his", "several").</summary>
    public required FrozenSet<string> Determiners { get; init; }

    /// <summary>Words that may sit between a speaker and its verb ("also", "has", "repeatedly").</summary>
    public required FrozenSet<string> Adverbs { get; init; }

    /// <summary>Capitalised words that start sentences or clauses but are not names ("But", "Monday", "He"; ordinal).</summary>
    public required FrozenSet<string> NotNames { get; init; }

    /// <summary>Honorifics and titles that belong to the name they follow, with and without period ("Mr.", "Sen."; ordinal).</summary>
    public required FrozenSet<string> Honorifics { get; init; }

    /// <summary>Lower-case words that may join the parts of a name ("of", "de", "van"; ordinal).</summary>
    public required FrozenSet<string> NameJoiners { get; init; }

    /// <summary>Heads of role phrases that can speak without a determiner or as plural groups ("officials", "police").</summary>
    public required FrozenSet<string> RoleNouns { get; init; }

    /// <summary>Words ending a speaker phrase that runs rightwards ("who", "in", "told").</summary>
    public required FrozenSet<string> PhraseStops { get; init; }
}
