using System.Collections.Frozen;
using System.Globalization;

namespace Storyline.Annotate.Figures;

/// <summary>
/// Reads a number written in digits or English words at a position: "72", "1,300", "4.5", "two dozen",
/// "twenty-four", "a hundred thirty", "tens of thousands" (approximate), "$4 billion" (the scale word).
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["mln"] = 1e6, ["bln"] = 1e9, ["bn"] = 1e9, ["m"] = 1e6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A number read from text.</summary>
    /// <param name="Value">Its value (for vague plurals, the lower bound).</param>
    /// <param name="High">Upper bound for vague amounts ("hundreds" = 200..999); null when exact.</param>
    /// <param name="End">Offset just after the last character read.</param>
    /// <param name="Article">True when the number is only the article "a"/"an" ("a month").</param>
    public readonly record struct Reading(double Value, double? High, int End, bool Article);

    /// <summary>Reads a number starting exactly at <paramref name="start"/>; null when none starts there.</summary>
    public static Reading? Read(string text, int start)
    {
        int i = start;
        double total = 0, current = 0;
        bool any = false, article = false;
        double? high = null;

        // digits: 72, 1,300, 4.5
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            int j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || ((text[j] == ',' || text[j] == '.') && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
                j++;
            var digits = text.AsSpan(i, j - i);
            if (!double.TryParse(digits.ToString().Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out current))
                return null;
            any = true;
            i = j;
            // "4 billion", "2.5 million"
            int k = SkipSpace(text, i);
            if (WordAt(text, k) is { } w && Scales.TryGetValue(w, out var sc) && !w.Equals("m", StringComparison.OrdinalIgnoreCase))
            {
                current *= sc;
                i = k + w.Length;
            }
            else if (i < text.Length && (text[i] is 'm' or 'M' or 'b' or 'B') && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                current *= text[i] is 'm' or 'M' ? 1e6 : 1e9; // "$4m", "$2B"
                i++;
            }
            return new Reading(current, null, i, false);
        }

        while (true)
        {
            int k = any ? SkipJoiner(text, i) : i;
            var word = WordAt(text, k);
            if (word is null) break;
            if (Units.TryGetValue(word, out var u))
            {
                // "twenty four" and "a hundred thirty" go on; "one five" is two numbers
                if (any && current > 0 && !(current % 100 >= 20 && current % 10 == 0 && u < 10) && current % 100 != 0) break;
                current += u;
                any = true;
                i = k + word.Length;
                continue;
            }
            if (!any && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
            {
                // "a hundred", "a dozen", "a month"
                int next = SkipSpace(text, k + word.Length);
                var after = WordAt(text, next);
                if (after is not null && (Scales.ContainsKey(after) || after.Equals("dozen", StringComparison.OrdinalIgnoreCase)))
                {
                    current = 1;
                    any = true;
                    i = k + word.Length;
                    continue;
                }
                return new Reading(1, null, k + word.Length, true);
            }
            if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && any)
            {
                current *= 12;
                i = k + word.Length;
                continue;
            }
            if (word.Equals("dozens", StringComparison.OrdinalIgnoreCase) && !any)
            {
                return Vague(text, k + word.Length, 24, 99);
            }
            if (Scales.TryGetValue(word, out var scale) && word.Length > 2)
            {
                if (!any) break;
                if (scale == 100) current *= 100;
                else
                {
                    total += current * scale;
                    current = 0;
                }
                i = k + word.Length;
                continue;
            }
            // "hundreds", "thousands", "tens of thousands"
            if (!any && word.EndsWith('s'))
            {
                var singular = word[..^1];
                if (singular.Equals("ten", StringComparison.OrdinalIgnoreCase))
                {
                    int of = SkipSpace(text, k + word.Length);
                    if (WordAt(text, of) is { } ofWord && ofWord.Equals("of", StringComparison.OrdinalIgnoreCase))
                    {
                        int sIdx = SkipSpace(text, of + 2);
                        if (WordAt(text, sIdx) is { } s2 && s2.EndsWith('s') && Scales.TryGetValue(s2[..^1], out var big))
                            return new Reading(10 * big, 99 * big, sIdx + s2.Length, false);
                    }
                    break;
                }
                if (Scales.TryGetValue(singular, out var vague) && singular.Length > 2)
                    return Vague(text, k + word.Length, 2 * vague, 10 * vague - 1);
            }
            break;
        }
        if (!any) return null;
        return new Reading(total + current, high, i, article);
    }

    private static Reading Vague(string text, int end, double low, double high)
    {
        // "hundreds of thousands"
        int of = SkipSpace(text, end);
        if (WordAt(text, of) is { } ofWord && ofWord.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            int s = SkipSpace(text, of + 2);
            if (WordAt(text, s) is { } w && w.EndsWith('s') && Scales.TryGetValue(w[..^1], out var big) && w.Length > 3)
                return new Reading(low * big, high * big, s + w.Length, false);
        }
        return new Reading(low, high, end, false);
    }

    /// <summary>The word (letters only) starting at <paramref name="i"/>, or null.</summary>
    internal static string? WordAt(string text, int i)
    {
        if (i >= text.Length || !char.IsLetter(text[i])) return null;
        if (i > 0 && char.IsLetter(text[i - 1])) return null;
        int j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text.Substring(i, j - i);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    // between number words: space, hyphen ("twenty-four"), or " and " ("a hundred and twenty")
    private static int SkipJoiner(string text, int i)
    {
        if (i < text.Length && text[i] == '-') return i + 1;
        int k = SkipSpace(text, i);
        if (WordAt(text, k) is { } w && w.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            int after = SkipSpace(text, k + 3);
            if (WordAt(text, after) is { } n && Units.ContainsKey(n)) return after;
        }
        return k;
    }
}
