using System.Collections.Immutable;

namespace Storyline.Stages;

/// <summary>
/// The languages a stage reads, as ISO 639-1 codes, or <see cref="Any"/> for a stage whose rules hold in every
/// language (splitting on punctuation, say). The pipeline runs a stage only on articles in one of its languages, so
/// English rules never read a Spanish article; it records a notice for what it left out.
/// </summary>
public sealed class LanguageSet
{
    private LanguageSet(ImmutableArray<string> codes, bool any)
    {
        Codes = codes;
        IsAny = any;
    }

    /// <summary>Every language, known or not.</summary>
    public static LanguageSet Any { get; } = new([], true);

    /// <summary>Exactly these languages (codes are normalised: "en-GB" is "en").</summary>
    public static LanguageSet Of(params string[] codes) =>
        new([.. codes.Select(c => Normalize(c) ?? throw new ArgumentException($"'{c}' is not a language code.", nameof(codes))).Distinct().Order(StringComparer.Ordinal)], false);

    /// <summary>The codes, sorted; empty for <see cref="Any"/>.</summary>
    public ImmutableArray<string> Codes { get; }

    public bool IsAny { get; }

    /// <summary>Whether text in <paramref name="language"/> may be read. An unknown language (null) is read only by
    /// <see cref="Any"/>: a rule written for one language has no business guessing.</summary>
    public bool Supports(string? language) =>
        IsAny || (Normalize(language) is { } code && Codes.Contains(code, StringComparer.Ordinal));

    /// <summary>
    /// The primary subtag of a language tag, lower case ("en-US", "EN", "en_GB" → "en"); null for an empty or
    /// malformed tag. Metadata writes tags in every style, and one language has one pack whatever the region.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var span = tag.AsSpan().Trim();
        int cut = span.IndexOfAny('-', '_');
        if (cut >= 0) span = span[..cut];
        if (span.Length is < 2 or > 3) return null;
        foreach (char c in span)
            if (!char.IsAsciiLetter(c)) return null;
        return span.ToString().ToLowerInvariant();
    }

    public override string ToString() => IsAny ? "any" : string.Join(", ", Codes);
}
