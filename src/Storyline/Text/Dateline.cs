using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Text;

/// <summary>
/// The one dateline helper. Finds the dateline a wire story opens with ("CARACAS, Venezuela (AP) —", "WASHINGTON _",
/// "london (reuters) -"), or the list marker a bulleted line opens with ("* ", "• ", "- "), so the summary can show
/// the sentence without it while citing exact characters; and the outlet a dateline credits, which names who
/// published (or first published) a text.
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

    // "WASHINGTON (Sputnik) -", "CARACAS, Venezuela (AP) —": the outlet in parentheses is the one the line credits
    [GeneratedRegex(@"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{2,30})?\s*\((?<outlet>[A-Z][\w.&' -]{1,30})\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex CreditingDateline();

    /// <summary>The characters from a text's start within which a dateline sits.</summary>
    public const int OpeningChars = 300;

    /// <summary>The first <see cref="OpeningChars"/> characters of <paramref name="text"/>, where a dateline sits.</summary>
    public static string Opening(string text) => text.Length <= OpeningChars ? text : text[..OpeningChars];

    // "(Coastline Wire)", "(AP)": a capitalised name in parentheses, the way an opening or a credit line names its source
    [GeneratedRegex(@"\((?<name>[A-Z][\w.&' -]{1,40})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedOutlet();

    /// <summary>
    /// The outlets <paramref name="text"/> names in parentheses ("MARLOW BAY (Coastline Wire) —", "(AP)"): in an article's
    /// <see cref="Opening"/> or a short credit line, the sources it credits. Looser than <see cref="Credit"/> (no place or
    /// dash needed): the caller compares them with outlets it already knows.
    /// </summary>
    public static IEnumerable<string> CreditedOutlets(string text)
    {
        foreach (Match m in ParenthesisedOutlet().Matches(text)) yield return m.Groups["name"].Value;
    }

    /// <summary>The outlet a line's opening dateline credits ("WASHINGTON (Sputnik) - …" → "Sputnik"), or null when the
    /// line does not open with a place and an outlet in parentheses.</summary>
    public static string? Credit(string line)
    {
        var m = CreditingDateline().Match(line);
        return m.Success ? m.Groups["outlet"].Value : null;
    }

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
