using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>Words that make a phrase a label of an actor, words that load it, and words that end it. Case-insensitive.</summary>
public sealed record FramingVocabulary
{
    /// <summary>Role and status nouns: a phrase before or beside a name is a label only if it has one (or a loaded word).</summary>
    public required FrozenSet<string> RoleWords { get; init; }

    /// <summary>Loaded words: labels carrying a judgement ("regime", "self-proclaimed"), highlighted in the framing table.</summary>
    public required FrozenSet<string> LoadedWords { get; init; }

    /// <summary>Loaded phrases of several words ("de facto").</summary>
    public required FrozenSet<string> LoadedPhrases { get; init; }

    /// <summary>Words that cannot be part of a label in front of a name: verbs of reporting, function words.</summary>
    public required FrozenSet<string> Breakers { get; init; }

    /// <summary>Modifiers that may open a label ("former", "interim") besides role and loaded words.</summary>
    public required FrozenSet<string> Descriptors { get; init; }

    /// <summary>Nouns that, after a name, make "the Maduro regime" a label of that person.</summary>
    public required FrozenSet<string> NameHeads { get; init; }

    /// <summary>Articles that open an appositive label (", the interim president,").</summary>
    public required FrozenSet<string> AppositiveOpeners { get; init; }

    /// <summary>The definite article before a name and its head ("the Maduro regime").</summary>
    public required string Definite { get; init; }

    /// <summary>Reporting verbs: a phrase holding one is a clause, not a label (ordinal).</summary>
    public required FrozenSet<string> ReportingVerbs { get; init; }

    /// <summary>Whether a label carries a judgement: a loaded word or phrase in it.</summary>
    public bool IsLoaded(string label)
    {
        foreach (var w in label.Split([' ', ',', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries))
            if (LoadedWords.Contains(w.Trim('"', '\u201C', '\u201D'))) return true;
        foreach (var phrase in LoadedPhrases)
            if (label.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
