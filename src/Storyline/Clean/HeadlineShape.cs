using Storyline.Text;
using System.Collections.Frozen;

namespace Storyline.Clean;

/// <summary>
/// Tells headline-shaped lines (short, no final period, Title Case) from sentences of reporting.
/// Used to spot titles, teasers for other stories and captions.
/// </summary>
public static class HeadlineShape
{
    /// <summary>True when the line ends like a sentence (period, question or exclamation mark, possibly inside quotes).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        while (line.Length > 0 && line[^1] is '"' or '\u201D' or '\u2019' or '\'' or ')' or '*') line = line[..^1];
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    /// <summary>Share of major words that start with a capital letter or digit (Title Case gives ~1).</summary>
    public static double CapitalisedShare(ReadOnlySpan<char> line, FrozenSet<string> minorWords, out int majorWords)
    {
        majorWords = 0;
        int capitalised = 0;
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetterOrDigit(line[i])) i++;
            int s = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '\'' or '\u2019' or '-' or '.')) i++;
            if (i == s) break;
            var word = line[s..i];
            if (minorWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) continue;
            majorWords++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) capitalised++;
        }
        return majorWords == 0 ? 0 : capitalised / (double)majorWords;
    }

    /// <summary>A Title Case line of a few words without a final period: a headline or a teaser.</summary>
    /// <param name="minorWords">Words the language leaves lower-case in Title Case ("of", "the").</param>
    public static bool IsTitleCaseHeadline(ReadOnlySpan<char> line, FrozenSet<string> minorWords)
    {
        if (EndsLikeSentence(line)) return false;
        int words = WordCount.Of(line);
        if (words < 4 || words > 24) return false;
        return CapitalisedShare(line, minorWords, out int major) >= 0.8 && major >= 3;
    }

    /// <summary>A line that could be a title: short, without a final period (or repeated), not a list of names.</summary>
    public static bool CouldBeTitle(ReadOnlySpan<char> line)
    {
        int words = WordCount.Of(line);
        return words is >= 3 and <= 30 && !EndsLikeSentence(line);
    }
}
