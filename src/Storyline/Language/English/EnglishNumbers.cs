using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>English number words.</summary>
internal static class EnglishNumbers
{
    public static NumberVocabulary Create() => new()
    {
        Cardinals = new Dictionary<string, int>
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
            ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
            ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
            ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        Scales = new Dictionary<string, double>
        {
            ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
            ["mln"] = 1e6, ["bln"] = 1e9, ["bn"] = 1e9, ["m"] = 1e6,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        Ordinals = new Dictionary<string, int>
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
            ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
            ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
            ["twenty-first"] = 21, ["thirtieth"] = 30, ["last"] = -1,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        OrdinalSuffixes = new[] { "st", "nd", "rd", "th" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Dozen = "dozen",
        Dozens = "dozens",
        Ten = "ten",
        IndefiniteArticles = new[] { "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Of = "of",
        And = "and",
        PluralSuffix = "s",
    };
}
