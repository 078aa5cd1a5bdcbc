using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Text;

/// <summary>
/// Finds the dateline a wire story opens with ("CARACAS, Venezuela (AP) —", "WASHINGTON _",
/// "london (reuters) -"), or the list marker a bulleted line opens with ("* ", "• ", "- "), so the summary can show
/// the sentence without it while citing exact characters.
/// </summary>
public static partial class Dateline
{
    private const string Agency = @"\(\s*(?:AP|Reuters|AFP|CNN|UPI|Xinhua|Bloomberg|dpa|APTN|NYT|Kyodo|Itar-Tass|TASS)\s*\)";

    // "(CNN) —" or "( cnn )" alone at the start
    [GeneratedRegex(@"^" + Agency + @"\s*(?:[_—–:-]{1,2}\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareAgency();

    // "london (reuters) -": a short place name, the agency, then a dash (lower-cased corpora have no capitals to go by)
    [GeneratedRegex(@"^[\p{L}][\p{L}.'\- ]{1,30}(?:,\s*[\p{L}][\p{L}.'\- ]{1,25})?\s*" + Agency + @"\s*[_—–:-]{1,2}\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAgencyDash();

    // "CARACAS, Venezuela (AP)": a capitalised place, the agency, dash optional
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'\- ]{1,30}(?:,\s*\p{Lu}[\p{L}.'\- ]{1,25})?\s*" + Agency + @"\s*(?:[_—–:-]{1,2}\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex CapsPlaceAgency();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'\- ]{2,40}(?:,\s*\p{Lu}[\p{L}.'\- ]{1,30})?\s+(?:[_—–]|--?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CapsDateline();

    // "MARLOW BAY (Coastline Wire) —", "WASHINGTON (Sputnik) -": any outlet in parentheses, when a dash follows
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}.'\- ]{1,30}(?:,\s*\p{Lu}[\p{L}.'\- ]{1,25})?\s*\(\s*\p{Lu}[\p{L}.&'\- ]{1,30}\)\s*[_—–:-]{1,2}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CapsPlaceOutletDash();

    // a bullet or footnote star before the first word: "* The calendar has 36 races.", "*Only the top 12 …", "• Rates rose."; a dash
    // counts only with a space after it ("-5 degrees" is a number)
    [GeneratedRegex(@"^(?:[*•·▪‣◦►]+\s*|[-–—]\s+)(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    /// <summary>The part of <paramref name="sentence"/> after a leading list marker and dateline (the whole span when there is neither).</summary>
    public static TextSpan Strip(string text, TextSpan sentence)
    {
        foreach (var m in ListMarker().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            if (m.Length < sentence.Length - 1) sentence = TextSpan.FromBounds(sentence.Start + m.Length, sentence.End);
            break;
        }
        var s = text.AsSpan(sentence.Start, sentence.Length);
        int cut = 0;
        foreach (var m in BareAgency().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0)
            foreach (var m in CapsPlaceAgency().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0)
            foreach (var m in PlaceAgencyDash().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0)
            foreach (var m in CapsPlaceOutletDash().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0)
            foreach (var m in CapsDateline().EnumerateMatches(s)) { cut = m.Length; break; }
        if (cut == 0 || cut >= sentence.Length - 1) return sentence;
        // only a dateline when real text follows it
        return TextSpan.FromBounds(sentence.Start + cut, sentence.End);
    }
}
