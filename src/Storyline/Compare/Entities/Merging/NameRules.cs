using Storyline.Language;
using System.Collections.Frozen;
using System.Text;

namespace Storyline.Compare.Entities.Merging;

/// <summary>
/// Pure rules for telling when two written names are the same actor: accent and case folding,
/// possessives, titles, surnames and acronyms. Titles and acronym words are the language's (<see cref="NameVocabulary"/>).
/// </summary>
public static class NameRules
{
    /// <summary>Removes diacritics (Guaidó → Guaido, Nicolás → Nicolas) without changing case.</summary>
    public static string RemoveAccents(string name)
    {
        bool plain = true;
        foreach (char c in name) if (c > '\u007F') { plain = false; break; }
        if (plain) return name;
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c <= '\u007F') { sb.Append(c); continue; }
            var folded = FoldChar(c);
            if (folded is not null) sb.Append(folded);
        }
        return sb.ToString();
    }

    // Latin-1 and Latin Extended-A letters to ASCII; combining marks dropped. A table rather than
    // Unicode decomposition because the build runs with invariant globalization.
    private static string? FoldChar(char c)
    {
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) return null;
        const string from = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
        const string to = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";
        int i = from.IndexOf(c);
        if (i >= 0) return to[i].ToString();
        if (c is >= '\u0100' and <= '\u017F')
        {
            const string extA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
            int k = c - '\u0100';
            return k < extA.Length ? extA[k].ToString() : null;
        }
        return c switch
        {
            'ß' => "ss", 'Æ' => "AE", 'æ' => "ae", 'Œ' => "OE", 'œ' => "oe", 'Ð' => "D", 'ð' => "d", 'Þ' => "Th", 'þ' => "th",
            '\u2019' or '\u2018' or '\u02BC' => "'",
            '\u2010' or '\u2011' or '\u2013' or '\u2014' => "-",
            '\u00A0' => " ",
            _ => c.ToString(),
        };
    }

    /// <summary>Strips a trailing possessive: "Maduro's", "Venezuela’s", "Reyes'" → the bare name.</summary>
    public static string StripPossessive(string name)
    {
        var n = name.TrimEnd();
        if (n.Length > 2 && (n.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || n.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
            return n[..^2].TrimEnd();
        if (n.Length > 2 && n[^1] is '\'' or '\u2019' && n[^2] is 's' or 'S') return n[..^1];
        return n;
    }

    /// <summary>A name as written, minus a possessive, with any run of spaces (no-break ones too) made one space.</summary>
    public static string Clean(string name) => string.Join(' ', Words(StripPossessive(name)));

    /// <summary>Words of a name, split on spaces.</summary>
    public static string[] Words(string name) => name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Drops leading titles and roles: "President Nicolas Maduro" → "Nicolas Maduro", "Col. Silva" → "Silva". Never returns empty.</summary>
    public static string StripTitles(string name, NameVocabulary language)
    {
        var words = Words(name);
        int start = 0;
        while (start < words.Length - 1 && language.Titles.Contains(words[start].TrimEnd('.').ToLowerInvariant())) start++;
        return start == 0 ? string.Join(' ', words) : string.Join(' ', words[start..]);
    }

    /// <summary>
    /// The comparison key of a name: possessive removed, titles too when <paramref name="person"/>
    /// ("Foreign Ministry" keeps its "Foreign"), accents folded, lower case, dots and spaces normalised ("U.S." → "us").
    /// </summary>
    public static string Key(string name, NameVocabulary language, bool person = true)
    {
        var bare = StripPossessive(name);
        var cleaned = RemoveAccents(person ? StripTitles(bare, language) : bare).ToLowerInvariant();
        var sb = new StringBuilder(cleaned.Length);
        bool space = false;
        foreach (char c in cleaned)
        {
            if (c == '.') continue;
            if (char.IsWhiteSpace(c) || c == '-') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Initials of the capitalised words ("Organization of American States" → "OAS"); null for fewer than two words.</summary>
    public static string? Acronym(string name, NameVocabulary language)
    {
        var words = Words(RemoveAccents(StripPossessive(name)));
        if (words.Length < 2) return null;
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (language.AcronymSkips.Contains(w.ToLowerInvariant())) continue;
            if (!char.IsLetter(w[0])) return null;
            sb.Append(char.ToUpperInvariant(w[0]));
        }
        return sb.Length >= 2 ? sb.ToString() : null;
    }

    /// <summary>Whether <paramref name="shortForm"/> is written like an acronym ("OAS", "U.S.", "UN") and spells <paramref name="longForm"/>'s initials.</summary>
    public static bool IsAcronymOf(string shortForm, string longForm, NameVocabulary language) =>
        AcronymLetters(shortForm) is { } letters && Acronym(longForm, language) is { } acronym && acronym == letters;

    /// <summary>The letters of a form written as an acronym ("O.A.S." → "OAS"), or null when it is not one.</summary>
    public static string? AcronymLetters(string shortForm)
    {
        var letters = StripPossessive(shortForm).Replace(".", "");
        if (letters.Length is < 2 or > 8) return null;
        foreach (char c in letters) if (!char.IsUpper(c)) return null;
        return letters;
    }

    /// <summary>
    /// Whether a person's shorter form names the same person as a fuller one: a surname alone
    /// ("Silva" / "Jose Luis Silva"), or first and last name of a longer name ("Juan Guaido" / "Juan Gerardo Guaido").
    /// Compares keys (accent- and case-folded, titles removed).
    /// </summary>
    public static bool IsShortFormOf(string shortKey, string longKey)
    {
        var s = shortKey.Split(' ');
        var l = longKey.Split(' ');
        if (s.Length >= l.Length || l.Length < 2) return false;
        if (s.Length == 1) return s[0].Length > 1 && Array.IndexOf(l, s[0], 1) > 0;
        return s[0] == l[0] && Array.IndexOf(l, s[^1], 1) > 0;
    }

    /// <summary>
    /// A name fit to show: starts with a capital or digit, is not shouted in capitals (unless a short
    /// acronym), and has no stray punctuation.
    /// </summary>
    public static bool IsWellFormed(string name)
    {
        if (name.Length == 0 || !(char.IsUpper(name[0]) || char.IsDigit(name[0]))) return false;
        int letters = 0, upper = 0;
        foreach (char c in name)
        {
            if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
            else if (!(c is ' ' or '.' or '-' or '\'' or '&' || char.IsDigit(c))) return false;
        }
        return letters > 0 && (upper < letters || letters <= 5);
    }

    /// <summary>
    /// The name to show for an entity: among well-formed forms (titles and possessives removed),
    /// the fullest (most words), then the most frequent, then the one with accents (the native
    /// spelling), then ordinal order so the choice is stable.
    /// </summary>
    public static string CanonicalName(IEnumerable<string> forms, NameVocabulary language, bool person = true)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in forms)
        {
            var bare = Clean(f);
            var clean = person ? StripTitles(bare, language) : bare;
            if (clean.Length == 0) continue;
            counts[clean] = counts.GetValueOrDefault(clean) + 1;
        }
        if (counts.Count == 0) return "";
        // Accent-folded variants of one spelling pool their counts: "Guaidó" and "Guaido" are one form.
        var pooled = counts.GroupBy(kv => RemoveAccents(kv.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        // A longer form seen once is more often a tagging slip ("Juan Guaido Venezuela") than the full
        // name, so when a multi-word form recurs, forms seen once step aside.
        var candidates = counts.Keys.ToList();
        var recurring = candidates.Where(f => pooled[RemoveAccents(f)] >= 2).ToList();
        if (recurring.Any(f => Words(f).Length >= 2)) candidates = recurring;
        return candidates
            .OrderByDescending(IsWellFormed)
            .ThenByDescending(f => Words(f).Length)
            .ThenByDescending(f => pooled[RemoveAccents(f)])
            .ThenByDescending(f => f != RemoveAccents(f))
            .ThenByDescending(f => counts[f])
            .ThenBy(f => f, StringComparer.Ordinal)
            .First();
    }
}
