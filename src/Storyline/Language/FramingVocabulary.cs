using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>Words that make a phrase a label of an actor, words that load it, and words that end it. Case-insensitive.</summary>
public sealed record FramingVocabulary
{
    /// <summary>Role and status nouns: a phrase before or beside a name is a label only if it has one (or a loaded word).</summary>
    public required FrozenSet<string> RoleWords { get; init; }

    /// <summary>Role nouns mined from news text (those standing before person names: "striker", "midfielder"), beside the
    /// hand list <see cref="RoleWords"/>, which keeps the offices the data may miss. Empty when the pack ships none.</summary>
    public FrozenSet<string> MinedRoleWords { get; init; } = FrozenSet<string>.Empty;

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

    /// <summary>Titles written short with a period ("Sen.", "Gov.", "Col.", "Mr."): the word and its period are one label word.</summary>
    public required FrozenSet<string> AbbreviatedTitles { get; init; }

    /// <summary>Endings of agent nouns that can head a label outside <see cref="RoleWords"/> ("strategist", "historian").</summary>
    public required System.Collections.Immutable.ImmutableArray<string> RoleSuffixes { get; init; }

    /// <summary>Words ending in a role suffix that are no role ("list", "against").</summary>
    public required FrozenSet<string> NotRoles { get; init; }

    /// <summary>Words that end an appositive's noun phrase (a clause or a prepositional tail): "a strategist [with ties to…]".</summary>
    public required FrozenSet<string> PhraseEnders { get; init; }

    /// <summary>Endings of adverbs and past-tense verbs: such a word before a name ends the label ("swiftly pressured").</summary>
    public required System.Collections.Immutable.ImmutableArray<string> NonLabelEndings { get; init; }

    /// <summary>
    /// Verbs the framing table attributes to an actor, every form written out, mapped to the lemma ("claimed" → "claim"):
    /// reporting and stance verbs ("said", "insisted", "slammed"). A verb outside the list is never attributed, which
    /// keeps the column precise. Case-insensitive.
    /// </summary>
    public FrozenDictionary<string, string> ActorVerbs { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Lemmas of <see cref="ActorVerbs"/> whose present-tense form is as often a plural noun ("claims", "reports"):
    /// after a name such a form is not read as a verb ("the Tidewall reports").</summary>
    public FrozenSet<string> NounLikeVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Verb lemmas that carry a judgement of what the actor did ("claim", "admit", "insist", "slam"), against
    /// neutral ones ("say", "tell", "announce").</summary>
    public FrozenSet<string> LoadedVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Adverbs on such a verb that carry a judgement ("falsely", "defiantly").</summary>
    public FrozenSet<string> LoadedAdverbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that may stand between an actor's name and its verb ("also", "has", "later"); no form of "be",
    /// which would make the actor the verb's object ("was accused").</summary>
    public FrozenSet<string> VerbAuxiliaries { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words ending in the adverb ending that are no adverbs ("only", "early", "family").</summary>
    public FrozenSet<string> NotAdverbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Last words of a name that make it a document or event, not an actor ("Memos", "Report", "Hearing").</summary>
    public FrozenSet<string> NotActorHeads { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Particles that belong to the verb before them ("lashed out", "hit back").</summary>
    public FrozenSet<string> VerbParticles { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The adverb ending ("ly"); empty when the language marks adverbs otherwise.</summary>
    public string AdverbEnding { get; init; } = "";

    /// <summary>Words after which a name opens a clause as its subject ("and", "but", "that", "when"), besides the
    /// sentence start, punctuation and a reporting verb.</summary>
    public FrozenSet<string> ClauseOpeners { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether a word is an adverb: listed as loaded, or lower-case with the adverb ending and not excluded.</summary>
    public bool IsAdverb(string word) =>
        LoadedAdverbs.Contains(word) || AdverbEnding.Length > 0 && word.Length > AdverbEnding.Length + 2 && char.IsLower(word[0])
        && word.EndsWith(AdverbEnding, StringComparison.Ordinal) && !NotAdverbs.Contains(word) && word.All(char.IsLetter);

    /// <summary>Whether a word is a role noun: listed by hand, mined, or an agent noun by its ending.</summary>
    public bool IsRole(string word)
    {
        var w = word.TrimEnd('.');
        if (RoleWords.Contains(w) || MinedRoleWords.Contains(w)) return true;
        if (w.Length < 6 || NotRoles.Contains(w) || !w.All(char.IsLower)) return false;
        foreach (var suffix in RoleSuffixes)
            if (w.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

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
