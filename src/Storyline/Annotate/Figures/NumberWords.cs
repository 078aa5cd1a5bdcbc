using System.Globalization;
using Storyline.Language;

namespace Storyline.Annotate.Figures;

/// <summary>
/// Reads a number written in digits or words at a position: "72", "1,300", "4.5", "two dozen",
/// "twenty-four", "a hundred thirty", "tens of thousands" (approximate), "$4 billion" (the scale word). The words are the
/// language's (<see cref="NumberVocabulary"/>); the way they combine is English's.
/// </summary>
public static class NumberWords
{
    /// <summary>A number read from text.</summary>
    /// <param name="Value">Its value (for vague plurals, the lower bound).</param>
    /// <param name="High">Upper bound for vague amounts ("hundreds" = 200..999); null when exact.</param>
    /// <param name="End">Offset just after the last character read.</param>
    /// <param name="Article">True when the number is only the article "a"/"an" ("a month").</param>
    public readonly record struct Reading(double Value, double? High, int End, bool Article);

    /// <summary>Reads a number starting exactly at <paramref name="start"/>; null when none starts there.</summary>
    public static Reading? Read(string text, int start, NumberVocabulary words)
    {
        var units = words.Cardinals;
        var scales = words.Scales;
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
            if (WordAt(text, k) is { } w && scales.TryGetValue(w, out var sc) && !w.Equals("m", StringComparison.OrdinalIgnoreCase))
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
            int k = any ? SkipJoiner(text, i, words) : i;
            var word = WordAt(text, k);
            if (word is null) break;
            if (units.TryGetValue(word, out var u))
            {
                // "twenty four" and "a hundred thirty" go on; "one five" is two numbers
                if (any && current > 0 && !(current % 100 >= 20 && current % 10 == 0 && u < 10) && current % 100 != 0) break;
                current += u;
                any = true;
                i = k + word.Length;
                continue;
            }
            if (!any && words.IndefiniteArticles.Contains(word))
            {
                // "a hundred", "a dozen", "a month"
                int next = SkipSpace(text, k + word.Length);
                var after = WordAt(text, next);
                if (after is not null && (scales.ContainsKey(after) || after.Equals(words.Dozen, StringComparison.OrdinalIgnoreCase)))
                {
                    current = 1;
                    any = true;
                    i = k + word.Length;
                    continue;
                }
                return new Reading(1, null, k + word.Length, true);
            }
            if (word.Equals(words.Dozen, StringComparison.OrdinalIgnoreCase) && any)
            {
                current *= 12;
                i = k + word.Length;
                continue;
            }
            if (word.Equals(words.Dozens, StringComparison.OrdinalIgnoreCase) && !any)
            {
                return Vague(text, k + word.Length, 24, 99, words);
            }
            if (scales.TryGetValue(word, out var scale) && word.Length > 2)
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
            var plural = words.PluralSuffix;
            if (!any && word.EndsWith(plural, StringComparison.Ordinal))
            {
                var singular = word[..^plural.Length];
                if (singular.Equals(words.Ten, StringComparison.OrdinalIgnoreCase))
                {
                    int of = SkipSpace(text, k + word.Length);
                    if (WordAt(text, of) is { } ofWord && ofWord.Equals(words.Of, StringComparison.OrdinalIgnoreCase))
                    {
                        int sIdx = SkipSpace(text, of + ofWord.Length);
                        if (WordAt(text, sIdx) is { } s2 && s2.EndsWith(plural, StringComparison.Ordinal) && scales.TryGetValue(s2[..^plural.Length], out var big))
                            return new Reading(10 * big, 99 * big, sIdx + s2.Length, false);
                    }
                    break;
                }
                if (scales.TryGetValue(singular, out var vague) && singular.Length > 2)
                    return Vague(text, k + word.Length, 2 * vague, 10 * vague - 1, words);
            }
            break;
        }
        if (!any) return null;
        return new Reading(total + current, high, i, article);
    }

    private static Reading Vague(string text, int end, double low, double high, NumberVocabulary words)
    {
        // "hundreds of thousands"
        int of = SkipSpace(text, end);
        var plural = words.PluralSuffix;
        if (WordAt(text, of) is { } ofWord && ofWord.Equals(words.Of, StringComparison.OrdinalIgnoreCase))
        {
            int s = SkipSpace(text, of + ofWord.Length);
            if (WordAt(text, s) is { } w && w.EndsWith(plural, StringComparison.Ordinal) && words.Scales.TryGetValue(w[..^plural.Length], out var big) && w.Length > 3)
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
    private static int SkipJoiner(string text, int i, NumberVocabulary words)
    {
        if (i < text.Length && text[i] == '-') return i + 1;
        int k = SkipSpace(text, i);
        if (WordAt(text, k) is { } w && w.Equals(words.And, StringComparison.OrdinalIgnoreCase))
        {
            int after = SkipSpace(text, k + w.Length);
            if (WordAt(text, after) is { } n && words.Cardinals.ContainsKey(n)) return after;
        }
        return k;
    }
}
