using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Language.English;

/// <summary>
/// The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it: the Perl rendering with the two
/// departures Porter's own code carries (step 2 maps "bli" to "ble" and "logi" to "log"), the
/// leftmost-longest suffix match of Perl alternations, and an initial "y" treated as a consonant.
/// Reproducing its quirks matters more than linguistic correctness: the ROUGE scorer must match the official
/// tool, and the summarizer stems with it so that what it counts as one word is what the scorer counts as one word
/// (its concept model and function-word table are keyed by these stems). Everything else in the English pack stems
/// with Snowball (<see cref="EnglishPack"/>): this is the English pack's second stemmer only for that reason.
/// </summary>
public sealed partial class RougePorterStemmer : IStemmer
{
    /// <summary>The one instance (it holds nothing: stems depend only on the word).</summary>
    public static RougePorterStemmer Instance { get; } = new();

    private RougePorterStemmer() { }

    // Perl character classes of the original: a consonant is anything but a vowel, so "y" counts as both.
    private const string c = "[^aeiou]";
    private const string v = "[aeiouy]";
    private const string C = c + "[^aeiouy]*";
    private const string V = v + "[aeiou]*";

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    [GeneratedRegex("^(" + C + ")?" + V + C, Options)] private static partial Regex MGreater0();
    [GeneratedRegex("^(" + C + ")?" + V + C + "(" + V + ")?$", Options)] private static partial Regex MEquals1();
    [GeneratedRegex("^(" + C + ")?" + V + C + V + C, Options)] private static partial Regex MGreater1();
    [GeneratedRegex("^(" + C + ")?" + v, Options)] private static partial Regex VowelInStem();
    [GeneratedRegex("^" + C + v + "[^aeiouwxy]$", Options)] private static partial Regex Cvc();

    [GeneratedRegex("(ss|i)es$", Options)] private static partial Regex Step1aSses();
    [GeneratedRegex("([^s])s$", Options)] private static partial Regex Step1aS();
    [GeneratedRegex("(ed|ing)$", Options)] private static partial Regex Step1bEdIng();
    [GeneratedRegex("(at|bl|iz)$", Options)] private static partial Regex Step1bAtBlIz();
    [GeneratedRegex("([^aeiouylsz])\\1$", Options)] private static partial Regex Step1bDouble();
    [GeneratedRegex("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$", Options)] private static partial Regex Step2();
    [GeneratedRegex("(icate|ative|alize|iciti|ical|ful|ness)$", Options)] private static partial Regex Step3();
    [GeneratedRegex("(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$", Options)] private static partial Regex Step4();
    [GeneratedRegex("(s|t)(ion)$", Options)] private static partial Regex Step4Ion();

    private static readonly FrozenDictionary<string, string> Step2Map = new Dictionary<string, string>()
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Step3Map = new Dictionary<string, string>()
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    }.ToFrozenDictionary();

    /// <summary>Stems one lower-case token (words shorter than 3 characters come back unchanged).</summary>
    public string Stem(string word)
    {
        if (word.Length < 3) return word;
        string w = word;
        bool initialY = w[0] == 'y';
        if (initialY) w = "Y" + w[1..];

        // Step 1a
        Match m;
        if ((m = Step1aSses().Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;
        else if ((m = Step1aS().Match(w)).Success) w = w[..m.Index] + m.Groups[1].Value;

        // Step 1b
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            if (MGreater0().IsMatch(w[..^3])) w = w[..^1];
        }
        else if ((m = Step1bEdIng().Match(w)).Success)
        {
            string stem = w[..m.Index];
            if (VowelInStem().IsMatch(stem))
            {
                w = stem;
                if (Step1bAtBlIz().IsMatch(w)) w += "e";
                else if (Step1bDouble().IsMatch(w)) w = w[..^1];
                else if (Cvc().IsMatch(w)) w += "e";
            }
        }

        // Step 1c
        if (w.EndsWith('y'))
        {
            string stem = w[..^1];
            if (VowelInStem().IsMatch(stem)) w = stem + "i";
        }

        // Step 2
        if ((m = Step2().Match(w)).Success)
        {
            string stem = w[..m.Index];
            if (MGreater0().IsMatch(stem)) w = stem + Step2Map[m.Groups[1].Value];
        }

        // Step 3
        if ((m = Step3().Match(w)).Success)
        {
            string stem = w[..m.Index];
            if (MGreater0().IsMatch(stem)) w = stem + Step3Map[m.Groups[1].Value];
        }

        // Step 4
        if ((m = Step4().Match(w)).Success)
        {
            string stem = w[..m.Index];
            if (MGreater1().IsMatch(stem)) w = stem;
        }
        else if ((m = Step4Ion().Match(w)).Success)
        {
            string stem = w[..m.Index] + m.Groups[1].Value;
            if (MGreater1().IsMatch(stem)) w = stem;
        }

        // Step 5
        if (w.EndsWith('e'))
        {
            string stem = w[..^1];
            if (MGreater1().IsMatch(stem) || (MEquals1().IsMatch(stem) && !Cvc().IsMatch(stem))) w = stem;
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && MGreater1().IsMatch(w)) w = w[..^1];

        if (initialY) w = "y" + w[1..];
        return w;
    }
}
