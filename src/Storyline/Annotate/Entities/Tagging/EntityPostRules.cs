using Storyline.Language;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// Name knowledge the statistical tagger lacks, applied to its phrases: platforms and organisations it has never seen
/// ("Twitter" read as a place), titles that mark the name after them as a person ("National Security Adviser John
/// Bolton", where the title words led it to an organisation), and geographic heads that make a name a place
/// ("Marlow Bay", which it read as a person, an organisation or a miscellaneous name), and listed cities it read as
/// miscellaneous names. Each rule only retypes or trims a phrase the tagger found; it never invents one.
/// The words and lists come from the language pack's <see cref="NameVocabulary"/>.
/// </summary>
internal static class EntityPostRules
{
    private const int Per = 0, Org = 1, Loc = 2, Misc = 3;
    private const NameKinds Places = NameKinds.City | NameKinds.State;
    // countries' short forms are adjectives too ("Saudi pledges", MISC in CoNLL's eng.testa), nationalities always
    private const NameKinds Adjectival = NameKinds.Country | NameKinds.Nationality;

    /// <summary>Retypes the phrases of one decoded sentence in place.</summary>
    public static void Apply(string[] tokens, int[] tags, NameVocabulary names)
    {
        var phrases = NerTags.ToPhrases(tags);
        if (phrases.Count == 0) return;
        bool changed = false;
        for (int p = 0; p < phrases.Count; p++)
        {
            var (start, end, type) = phrases[p];
            var rule = Retype(tokens, start, end, type, names);
            if (rule != (start, end, type)) { phrases[p] = rule; changed = true; }
        }
        if (!changed) return;
        var rebuilt = NerTags.FromPhrases(tokens.Length, phrases);
        Array.Copy(rebuilt, tags, tags.Length);
    }

    private static (int Start, int End, int Type) Retype(string[] tokens, int start, int end, int type, NameVocabulary names)
    {
        var phrase = string.Join(' ', tokens[start..end]);
        if (names.Organisations.Contains(phrase)) return (start, end, Org);
        // a listed city or US state read as a miscellaneous name ("Curitiba" as MISC) is a place; not when read as an
        // organisation (a city's team in a results line) or a person ("Bolton" is a town and a surname)
        if (type == Misc && names.KnownNames.TryGetValue(phrase, out var kinds) && (kinds & Places) != 0 && (kinds & Adjectival) == 0)
            return (start, end, Loc);
        bool placeHead = names.PlaceHeads.Contains(tokens[end - 1]);
        // "Tampa Bay 2": a team in a results line is an organisation whatever its last word
        bool score = end < tokens.Length && tokens[end].Length > 0 && char.IsDigit(tokens[end][0]);
        // "Marlow Bay" read as a person, an organisation or a miscellaneous name: a head noun of geography names a place
        if (type is Org or Per or Misc && placeHead && end - start >= 2 && !score) return (start, end, Loc);
        if (type == Org && names.StreetHeads.Contains(tokens[end - 1]) && end - start >= 2) return (start, end, Loc);
        if (type == Per || placeHead) return (start, end, type);
        // a title inside the phrase: the words after it are the person's name ("National Security Adviser John Bolton")
        for (int i = end - 3; i < end - 1; i++)
        {
            if (i < start || !IsTitle(tokens[i], names)) continue;
            if (AllCapitalised(tokens, i + 1, end)) return (i + 1, end, Per);
        }
        // a title just before it: "Adviser Bolton", "Sen. Ortiz"
        if (start > 0 && IsTitle(tokens[start - 1], names) && end - start <= 3 && AllCapitalised(tokens, start, end)) return (start, end, Per);
        return (start, end, type);
    }

    /// <summary>"Adviser", "adviser", "Sen.": the pack lists titles lower case without their period.</summary>
    private static bool IsTitle(string token, NameVocabulary names) =>
        token.Length > 0 && names.PersonTitles.Contains(token.TrimEnd('.').ToLowerInvariant());

    private static bool AllCapitalised(string[] tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (tokens[i].Length < 2 || !char.IsUpper(tokens[i][0]) || !char.IsLower(tokens[i][^1])) return false;
        return true;
    }
}
