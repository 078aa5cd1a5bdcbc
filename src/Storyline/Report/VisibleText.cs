using System.Text;

namespace Storyline.Report;

/// <summary>
/// Untrusted text made safe to show: no character in it can act on a terminal, a browser or an editor instead of
/// being seen. C0 controls (ESC of ANSI colour codes and OSC title sequences, BEL, backspace…) become their visible
/// Control Pictures (␛, ␇…), DEL becomes ␡, C1 controls (0x80–0x9F, which 8-bit terminals also obey) and the bidi
/// embeddings, overrides and isolates that reorder what is shown ("Trojan Source") become a visible [U+XXXX].
/// Line breaks stay (CR LF and lone CR become LF; U+2028/U+2029 too); a tab becomes a space. Every renderer —
/// terminal, Markdown, HTML, and stderr — passes article-derived text through this before its own escaping.
/// The JSON contract keeps the text exact (its encoder writes these characters as \u escapes): citations index into it.
/// </summary>
public static class VisibleText
{
    /// <summary><paramref name="text"/> with every control, C1 and bidi-control character made visible.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        int i = 0;
        while (i < text.Length && !NeedsWork(text[i]) && !char.IsSurrogate(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                // a pair is one character; a lone half is no character at all, and parsers differ on what it swallows
                // (Markdig took the next character with it, a table cell's escaped "|" included)
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
                else sb.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                continue;
            }
            if (!NeedsWork(c)) { sb.Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append('\n'); break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n') sb.Append('\n');
                    break;
                case '\t': sb.Append(' '); break;
                case '\u2028' or '\u2029': sb.Append('\n'); break;
                case < '\u0020': sb.Append((char)(0x2400 + c)); break; // ␀…␟
                case '\u007F': sb.Append('\u2421'); break; // ␡
                default: sb.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']'); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> on one line: what <see cref="Of"/> gives, with line breaks as spaces (problem lines on
    /// stderr, table cells, attribute values).
    /// </summary>
    public static string OneLine(string? text) => Of(text).Replace('\n', ' ');

    /// <summary>True for a character that must not reach a display as it is (line breaks included, which callers may keep).</summary>
    public static bool IsUnsafe(char c) => c != '\n' && NeedsWork(c);

    private static bool NeedsWork(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u2028' or '\u2029';
}
