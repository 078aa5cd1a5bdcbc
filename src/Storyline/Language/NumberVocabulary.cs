using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>The words numbers are written in: "twenty-four", "a hundred thirty", "two dozen", "tens of thousands".
/// Keyed case-insensitively.</summary>
public sealed record NumberVocabulary
{
    /// <summary>Number words below a hundred → value ("zero" … "ninety").</summary>
    public required FrozenDictionary<string, int> Cardinals { get; init; }

    /// <summary>Multipliers ("hundred" → 100, "million" → 1e6, "bn" → 1e9); one-letter ones ("m") only right after digits.</summary>
    public required FrozenDictionary<string, double> Scales { get; init; }

    /// <summary>Ordinal words → value ("third" → 3, "last" → −1).</summary>
    public required FrozenDictionary<string, int> Ordinals { get; init; }

    /// <summary>Suffixes that make digits an ordinal ("st", "nd", "rd", "th").</summary>
    public required FrozenSet<string> OrdinalSuffixes { get; init; }

    /// <summary>The word for twelve that multiplies ("two dozen").</summary>
    public required string Dozen { get; init; }

    /// <summary>Its plural, a vague count ("dozens").</summary>
    public required string Dozens { get; init; }

    /// <summary>The word whose plural opens "tens of thousands".</summary>
    public required string Ten { get; init; }

    /// <summary>Indefinite articles, which count one before a scale ("a hundred") and are one themselves ("a month").</summary>
    public required FrozenSet<string> IndefiniteArticles { get; init; }

    /// <summary>The word joining a scale to its count ("hundreds of thousands").</summary>
    public required string Of { get; init; }

    /// <summary>The word that may join the parts of a number ("a hundred and twenty").</summary>
    public required string And { get; init; }

    /// <summary>The plural ending of scales ("hundreds", "thousands"): vague counts.</summary>
    public required string PluralSuffix { get; init; }
}
