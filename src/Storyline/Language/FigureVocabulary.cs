using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// The words figure extraction reads: which words start a number, which end the phrase a number counts, unit nouns and
/// their normal forms, kinds of people, and how a counted noun is made singular. Sets are case-insensitive.
/// </summary>
public sealed record FigureVocabulary
{
    /// <summary>Words a number phrase can start with ("one", "twenty", "dozens", "a").</summary>
    public required FrozenSet<string> NumberStarts { get; init; }

    /// <summary>Words that end the noun phrase a number counts, or the phrase before "of" that has them ("the", "said", "percent").</summary>
    public required FrozenSet<string> PhraseStops { get; init; }

    /// <summary>Participles that count people when they follow a number ("14 killed").</summary>
    public required FrozenSet<string> CasualtyWords { get; init; }

    /// <summary>Auxiliaries between a counted noun and its participle ("people were killed").</summary>
    public required FrozenSet<string> Auxiliaries { get; init; }

    /// <summary>Prepositions that open what a count is about ("killed in the blast").</summary>
    public required FrozenSet<string> Prepositions { get; init; }

    /// <summary>Plurals without the plural suffix ("people", "police", "staff").</summary>
    public required FrozenSet<string> IrregularPlurals { get; init; }

    /// <summary>Words where the phrase a deadline is for begins, walking back from "within".</summary>
    public required FrozenSet<string> ClauseBoundaries { get; init; }

    /// <summary>Verbs whose object is followed by "to" ("told them to", "wants to"): "to" after these starts the action.</summary>
    public required FrozenSet<string> ControlVerbs { get; init; }

    /// <summary>Verbs of leaving a place ("fled", "evacuated"), for who had to go where.</summary>
    public required FrozenSet<string> LeaveVerbs { get; init; }

    /// <summary>Words that may come between a counted noun and a verb of leaving ("had to", "were forced to").</summary>
    public required FrozenSet<string> LeaveAuxiliaries { get; init; }

    /// <summary>Function words a phrase cut at a word limit must not end on, besides <see cref="Prepositions"/>.</summary>
    public required FrozenSet<string> TrailingFunctionWords { get; init; }

    /// <summary>Words that end an "about" phrase: the next item or clause starts ("and", "because", "according").</summary>
    public required FrozenSet<string> PhraseBreakers { get; init; }

    /// <summary>Unit words → normal unit ("hours" → hour, "dollars" → USD, "people" → person).</summary>
    public required FrozenDictionary<string, string> Units { get; init; }

    /// <summary>Singular nouns for kinds of people ("resident", "soldier"): a count of them may be a count of "person".</summary>
    public required FrozenSet<string> PersonKinds { get; init; }

    /// <summary>The singular of a counted noun, lower case ("mercenaries" → mercenary); units first.</summary>
    public required Func<string, string> Singular { get; init; }
}
