using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>The written form of a token, as far as time expressions care.</summary>
internal enum Shape : byte
{
    Word,
    /// <summary>Digits only ("1998", "15"), possibly with inner separators ("1,000", "2.5": <see cref="TimeToken.Separated"/>).</summary>
    Digits,
    /// <summary>Digits with a letter suffix: "1980s", "3rd", "10am".</summary>
    DigitWord,
    /// <summary>A clock reading "10:30" (<see cref="TimeToken.Number"/> = hour × 100 + minute).</summary>
    Clock,
    Hyphen, Period, Comma, Slash, Apostrophe, OtherPunct,
}

/// <summary>
/// One token of a sentence: its characters, its shape, and what the vocabulary says about it. Hyphens and periods are
/// tokens of their own, so "third-quarter", "mid-1990s" and "Nov." are read by the same rules as "third quarter",
/// "mid 1990s" and "Nov".
/// </summary>
internal readonly record struct TimeToken(int Start, int End, Shape Shape, WordInfo? Info, long Number, int DigitCount, bool Separated, int SuffixStart, bool Capitalized, bool Possessive)
{
    public bool Is(Role role) => Info is { } i && (i.Roles & role) != 0;
    public bool IsWord => Shape == Shape.Word;
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>Splits a sentence into <see cref="TimeToken"/>s and looks each word up once.</summary>
internal static class TimeTokenizer
{
    public static TimeToken[] Tokenize(string text, TextSpan range, TimeLexicon lexicon)
    {
        var tokens = new List<TimeToken>(Math.Max(8, range.Length / 5));
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                long value = 0;
                int digits = 0;
                bool separated = false, clock = false;
                while (i < end)
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        if (digits < 18) value = value * 10 + (text[i] - '0');
                        digits++;
                        i++;
                    }
                    else if (text[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && !clock)
                    {
                        separated = true;
                        i++;
                    }
                    else if (text[i] == ':' && !separated && !clock && digits <= 2 && i + 2 < end && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                             && (i + 3 >= end || !char.IsAsciiDigit(text[i + 3])))
                    {
                        value = value * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
                        clock = true;
                        i += 3;
                        break;
                    }
                    else break;
                }
                if (clock)
                {
                    tokens.Add(new TimeToken(start, i, Shape.Clock, null, value, digits, false, i, false, false));
                    continue;
                }
                if (i < end && char.IsLetter(text[i]))
                {
                    int suffix = i;
                    while (i < end && char.IsLetter(text[i])) i++;
                    // "10a.m."
                    if (i - suffix == 1 && text[suffix] is 'a' or 'p' or 'A' or 'P' && i + 1 < end && text[i] == '.' && text[i + 1] is 'm' or 'M')
                        i = Math.Min(end, i + (i + 2 < end && text[i + 2] == '.' ? 3 : 2));
                    tokens.Add(new TimeToken(start, i, Shape.DigitWord, null, value, digits, separated, suffix, false, false));
                    continue;
                }
                tokens.Add(new TimeToken(start, i, Shape.Digits, null, value, digits, separated, i, false, false));
                continue;
            }
            if (char.IsLetter(c))
            {
                // "a.m.", "p.m." as one word
                if (c is 'a' or 'p' or 'A' or 'P' && i + 2 < end && text[i + 1] == '.' && text[i + 2] is 'm' or 'M'
                    && (i == range.Start || !char.IsLetter(text[i - 1])) && (i + 3 >= end || !char.IsLetter(text[i + 3])))
                {
                    i += i + 3 < end && text[i + 3] == '.' ? 4 : 3;
                    tokens.Add(new TimeToken(start, i, Shape.Word, lexicon.Find(text.AsSpan(start, 3)), 0, 0, false, i, false, false));
                    continue;
                }
                while (i < end && (char.IsLetter(text[i]) || char.IsAsciiDigit(text[i])
                       || (text[i] is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                var word = text.AsSpan(start, i - start);
                bool possessive = false;
                var info = lexicon.Find(word);
                if (info is null && word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 's' or 'S')
                {
                    info = lexicon.Find(word[..^2]);
                    possessive = true;
                }
                tokens.Add(new TimeToken(start, i, Shape.Word, info, 0, 0, false, i, char.IsUpper(c), possessive));
                continue;
            }
            i++;
            var shape = c switch
            {
                '-' or '\u2010' or '\u2011' or '\u2013' => Shape.Hyphen,
                '.' => Shape.Period,
                ',' => Shape.Comma,
                '/' => Shape.Slash,
                '\'' or '\u2019' or '`' => Shape.Apostrophe,
                _ => Shape.OtherPunct,
            };
            tokens.Add(new TimeToken(start, i, shape, null, 0, 0, false, i, false, false));
        }
        return [.. tokens];
    }
}
