using System.Collections.Frozen;

namespace Storyline.Text;

/// <summary>
/// Latin letters without their accents ("Guaidó" → "Guaido", "Žižek" → "Zizek"). The product runs with invariant
/// globalization, where <see cref="string.Normalize(System.Text.NormalizationForm)"/> leaves non-ASCII text as it is, so
/// the letters of the Latin-1 and Latin Extended-A blocks are mapped here; combining marks are dropped.
/// </summary>
public static class Accents
{
    /// <summary>The text with accented Latin letters as their bare letter and combining marks removed.</summary>
    public static string Strip(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (c is >= '\u0300' and <= '\u036F') continue; // combining diacritical marks
            buffer[n++] = Bare.TryGetValue(c, out char b) ? b : c;
        }
        return new string(buffer[..n]);
    }

    // each letter of the first string maps to the letter at the same place of the second
    private const string Accented =
        "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Plain =
        "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    private static readonly FrozenDictionary<char, char> Bare = Accented.Zip(Plain).ToFrozenDictionary(p => p.First, p => p.Second);
}
