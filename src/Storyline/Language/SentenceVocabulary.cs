using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// The words sentence splitting needs: which words end in a period without ending a sentence. Sets are
/// case-insensitive and hold words without their period.
/// </summary>
public sealed record SentenceVocabulary
{
    /// <summary>Titles and honorifics ("Mr", "Dr", "Gen"): always followed by a name, never end a sentence.</summary>
    public required FrozenSet<string> Titles { get; init; }

    /// <summary>Abbreviations that rarely end a sentence ("Jan", "Inc", "Calif"): a capital after them is usually a
    /// name or a month day.</summary>
    public required FrozenSet<string> Abbreviations { get; init; }

    /// <summary>Words that typically open a sentence: after a dotted abbreviation ("U.S.") they say the period ended one.</summary>
    public required FrozenSet<string> SentenceOpeners { get; init; }

    /// <summary>No words at all: a period followed by a capital ends a sentence (for languages without a pack).</summary>
    public static SentenceVocabulary None { get; } = new()
    {
        Titles = FrozenSet<string>.Empty,
        Abbreviations = FrozenSet<string>.Empty,
        SentenceOpeners = FrozenSet<string>.Empty,
    };
}
