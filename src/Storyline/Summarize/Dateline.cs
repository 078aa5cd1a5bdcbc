using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Summarize;

/// <summary>
/// Finds the dateline a wire story opens with ("CARACAS, Venezuela (AP) —", "WASHINGTON _",
/// "london (reuters) -") so the summary can show the sentence without it while citing exact characters.
/// </summary>
public static partial class Dateline
{
    [GeneratedRegex(@"^(?:[\p{L}][\p{L}.'\- ]{1,40}(?:,\s*[\p{L}][\p{L}.'\- ]{1,30})?\s*)?\(\s*(?:AP|Reuters|AFP|CNN|UPI|Xinhua|Bloomberg|dpa|APTN|NYT|Kyodo|Itar-Tass|TASS)\s*\)\s*(?:[_—–:-]{1,2}\s*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'\- ]{2,40}(?:,\s*\p{Lu}[\p{L}.'\- ]{1,30})?\s+(?:[_—–]|--?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CapsDateline();

    /// <summary>The part of <paramref name="sentence"/> after a leading dateline (the whole span when there is none).</summary>
    public static TextSpan Strip(string text, TextSpan sentence)
    {
        var s = text.AsSpan(sentence.Start, sentence.Length);
        int cut = 0;
        foreach (var m in AgencyDateline().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0)
            foreach (var m in CapsDateline().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0 || cut >= sentence.Length - 1) return sentence;
        // only a dateline when real text follows it
        return TextSpan.FromBounds(sentence.Start + cut, sentence.End);
    }
}
