using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// The rule-based sentence splitter of the Moses toolkit (as packaged in Lingua::Sentence), which the
/// public DUC 2004 ROUGE pipeline ran over peer summaries before writing one sentence per line.
/// ROUGE-L is sentence-level, so reproducing the official numbers needs the same peer sentences.
/// Existing line breaks are kept; extra breaks go after ".", "?" or "!" when an upper-case word
/// (or, after a period, a digit) follows and the period does not close a non-breaking prefix.
/// </summary>
public static partial class MosesSentenceSplitter
{
    // English non-breaking prefixes: initials, titles, a few Latin abbreviations, months (value 1),
    // and prefixes that only hold before a number (value 2).
    private static readonly FrozenDictionary<string, int> Nonbreaking = BuildPrefixes();

    [GeneratedRegex(@" +")] private static partial Regex Spaces();
    [GeneratedRegex(@"([?!]) +(['""(\[¿¡\p{Pi}]*[\p{Lu}])")] private static partial Regex QuestionExclaim();
    [GeneratedRegex(@"(\.[\.]+) +(['""(\[¿¡\p{Pi}]*[\p{Lu}])")] private static partial Regex MultiDots();
    [GeneratedRegex(@"([?!\.][ ]*['"")\]\p{Pf}]+) +(['""(\[¿¡\p{Pi}]*[ ]*[\p{Lu}])")] private static partial Regex ClosedPunct();
    [GeneratedRegex(@"([?!\.]) +(['""(\[¿¡\p{Pi}]+[ ]*[\p{Lu}])")] private static partial Regex OpeningPunct();
    [GeneratedRegex(@"([\p{L}\p{N}\.\-]*)(['"")\]%\p{Pf}]*)(\.+)$")] private static partial Regex FinalPeriod();
    [GeneratedRegex(@"(\.)[\p{Lu}\-]+(\.+)$")] private static partial Regex UpperAcronym();
    [GeneratedRegex(@"^([ ]*['""(\[¿¡\p{Pi}]*[ ]*[\p{Lu}0-9])")] private static partial Regex NextStarts();
    [GeneratedRegex(@"^[0-9]+")] private static partial Regex StartsWithDigits();

    /// <summary>Sentences of a text, in order, without empty ones.</summary>
    public static List<string> Split(string text)
    {
        text = Clean(text);
        text = QuestionExclaim().Replace(text, "$1\n$2");
        text = MultiDots().Replace(text, "$1\n$2");
        text = ClosedPunct().Replace(text, "$1\n$2");
        text = OpeningPunct().Replace(text, "$1\n$2");

        var words = text.Split(' ');
        var sb = new StringBuilder(text.Length + 16);
        int i;
        for (i = 0; i < words.Length - 1; i++)
        {
            var m = FinalPeriod().Match(words[i]);
            if (m.Success)
            {
                string prefix = m.Groups[1].Value;
                bool startingPunct = m.Groups[2].Value.Length > 0;
                int kind = prefix.Length > 0 ? Nonbreaking.GetValueOrDefault(prefix) : 0;
                if (kind == 1 && !startingPunct)
                {
                    // a title or initial: never a break
                }
                else if (UpperAcronym().IsMatch(words[i]))
                {
                    // an upper-case acronym such as U.S.
                }
                else if (NextStarts().IsMatch(words[i + 1]))
                {
                    if (!(kind == 2 && !startingPunct && StartsWithDigits().IsMatch(words[i + 1])))
                        words[i] += "\n";
                }
            }
            sb.Append(words[i]).Append(' ');
        }
        if (words.Length > 0) sb.Append(words[^1]);
        text = Clean(sb.ToString());
        return text.Split('\n').Where(s => s.Length > 0).ToList();
    }

    private static string Clean(string text)
    {
        text = Spaces().Replace(text, " ");
        text = text.Replace("\n ", "\n").Replace(" \n", "\n");
        if (text.StartsWith(' ')) text = text[1..];
        if (text.EndsWith(' ')) text = text[..^1];
        return text;
    }

    private static FrozenDictionary<string, int> BuildPrefixes()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (char ch = 'A'; ch <= 'Z'; ch++) d[ch.ToString()] = 1;
        foreach (var p in ("Adj Adm Adv Asst Bart Bldg Brig Bros Capt Cmdr Col Comdr Con Corp Cpl DR Dr Drs Ens Gen Gov Hon Hr Hosp " +
                           "Insp Lt MM MR MRS MS Maj Messrs Mlle Mme Mr Mrs Ms Msgr Op Ord Pfc Ph Prof Pvt Rep Reps Res Rev Rt Sen Sens " +
                           "Sfc Sgt Sr St Supt Surg v vs i.e rev e.g Nos Nr").Split(' '))
            d[p] = 1;
        foreach (var p in "No Art pp".Split(' ')) d[p] = 2;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
