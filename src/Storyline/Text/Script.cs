using System.Globalization;

namespace Storyline.Text;

/// <summary>Writing systems, coarse enough to tell a stray line of another script from the article's own.</summary>
public enum Script : byte { None, Latin, Cyrillic, Greek, Arabic, Hebrew, Cjk, Hangul, Devanagari, Thai, Other }

public static class Scripts
{
    public static Script Of(char c)
    {
        if (!char.IsLetter(c)) return Script.None;
        if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF)) return Script.Latin;
        if (c >= 0x0370 && c <= 0x03FF) return Script.Greek;
        if (c >= 0x0400 && c <= 0x052F) return Script.Cyrillic;
        if (c >= 0x0590 && c <= 0x05FF) return Script.Hebrew;
        if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)) return Script.Arabic;
        if (c >= 0x0900 && c <= 0x097F) return Script.Devanagari;
        if (c >= 0x0E00 && c <= 0x0E7F) return Script.Thai;
        if (c >= 0xAC00 && c <= 0xD7AF) return Script.Hangul;
        if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return Script.Cjk;
        return Script.Other;
    }

    /// <summary>Letter counts per script in <paramref name="text"/>.</summary>
    public static int[] Histogram(ReadOnlySpan<char> text)
    {
        var counts = new int[(int)Script.Other + 1];
        foreach (char c in text) counts[(int)Of(c)]++;
        counts[0] = 0;
        return counts;
    }

    public static Script Dominant(ReadOnlySpan<char> text)
    {
        var h = Histogram(text);
        int best = 0;
        for (int i = 1; i < h.Length; i++) if (h[i] > h[best]) best = i;
        return h[best] == 0 ? Script.None : (Script)best;
    }
}
