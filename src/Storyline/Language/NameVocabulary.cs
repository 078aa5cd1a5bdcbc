using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Storyline.Language;

/// <summary>
/// The words around names: titles and roles written before a name, words that give no letter to an acronym, and the
/// cues of photo credits and bylines (whose names are photographers and reporters, not actors of the story).
/// </summary>
public sealed record NameVocabulary
{
    /// <summary>Titles and roles news writes before a name, lower case without period ("president", "col", "mr").</summary>
    public required FrozenSet<string> Titles { get; init; }

    /// <summary>Titles after which a capitalised name is a person even inside a phrase the tagger typed otherwise ("National
    /// Security Adviser John Bolton"), lower case without period. Narrower than <see cref="Titles"/>: no word that also
    /// starts organisations or places ("General Motors", "Prince Edward Island", "State Department").</summary>
    public required FrozenSet<string> PersonTitles { get; init; }

    /// <summary>Platforms and organisations the tagger's training news never saw or saw as something else ("Twitter"): the
    /// organisation and platform entries of <see cref="KnownNames"/>.</summary>
    public FrozenSet<string> Organisations { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Listed names and what they are: cities, countries, US states, nationalities (built from pinned data packages) and
    /// organisations and platforms (written by us); see docs/ner.md, "Name lists". The tagger reads them as features, the
    /// entity post-rules to retype its phrases.</summary>
    public FrozenDictionary<string, NameKinds> KnownNames
    {
        get => _knownNames;
        init
        {
            _knownNames = value;
            Organisations = value.Where(kv => (kv.Value & (NameKinds.Organisation | NameKinds.Platform)) != 0)
                .Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);
        }
    }
    private readonly FrozenDictionary<string, NameKinds> _knownNames = FrozenDictionary<string, NameKinds>.Empty;

    /// <summary>Last words of geographic names ("Bay", "River"): a phrase ending in one is a place.</summary>
    public required FrozenSet<string> PlaceHeads { get; init; }

    /// <summary>Last words of street names ("Street", "Square"): a place when tagged an organisation, never overriding a person.</summary>
    public required FrozenSet<string> StreetHeads { get; init; }

    /// <summary>Generational suffixes ("jr", "sr", "iii"), lower case without the period: "Donald Trump" is not "Donald Trump Jr.".</summary>
    public FrozenSet<string> GenerationalSuffixes { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that never give a letter to an acronym ("of", "the", "de": "Organization of American States" → OAS).</summary>
    public required FrozenSet<string> AcronymSkips { get; init; }

    /// <summary>Cues shortly before a credited name ("Photo:", "Photo by", "Getty Images"), matched case-insensitively.</summary>
    public required ImmutableArray<string> CreditCues { get; init; }

    /// <summary>Words inside parentheses that make them a credit ("Photo", "Credit").</summary>
    public required ImmutableArray<string> CreditWords { get; init; }

    /// <summary>Phrases after an outlet's name that credit it as a text's source ("reported": "Reuters reported"), matched
    /// whole-word case-insensitively.</summary>
    public required ImmutableArray<string> SourceCreditsAfter { get; init; }

    /// <summary>Phrases before an outlet's name that credit it as a text's source ("according to", "according to the").</summary>
    public required ImmutableArray<string> SourceCreditsBefore { get; init; }

    /// <summary>Words a short byline line ends with ("Newsroom", "Staff Writer"), matched case-sensitively.</summary>
    public required ImmutableArray<string> BylineWords { get; init; }

    /// <summary>The start of a byline line, with its space ("By ").</summary>
    public required string BylineLead { get; init; }
}
