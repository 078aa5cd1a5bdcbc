using System.Collections.Frozen;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// Name knowledge the statistical tagger lacks, applied to its phrases: platforms and organisations it has never seen
/// ("Twitter" read as a place), titles that mark the name after them as a person ("National Security Adviser John
/// Bolton", where the title words led it to an organisation), and geographic heads that make a name a place
/// ("Marlow Bay", which it read as a person or an organisation). Each rule only retypes or trims a phrase the tagger found; it never invents one.
/// </summary>
internal static class EntityPostRules
{
    private const int Per = 0, Org = 1, Loc = 2;

    /// <summary>Platforms and organisations whose names the CoNLL-2003 newswire (1996) never saw, or saw as something else.</summary>
    private static readonly FrozenSet<string> Organisations = FrozenSet.ToFrozenSet(
    [
        "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "Reddit", "LinkedIn", "Snapchat",
        "WeChat", "Weibo", "Google", "Netflix", "Spotify", "Uber", "Airbnb", "Wikipedia", "OpenAI", "Meta Platforms",
    ], StringComparer.Ordinal);

    /// <summary>Words that stand before a person's name as their title ("Adviser John Bolton", "Sen. Ortiz").</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "president", "adviser", "advisor", "secretary", "minister", "senator", "sen.", "rep.", "representative", "gov.", "governor",
        "mayor", "judge", "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "commissioner", "prosecutor", "councillor", "councilor", "premier", "dr.", "mr.", "mrs.", "ms.", "lt.", "col.", "gen.", "maj.",
        "capt.", "sgt.", "pope", "ceo",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words of geographic names: a phrase ending in one is a place, not an organisation.</summary>
    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.ToFrozenSet(
    [
        "Bay", "River", "Lake", "Island", "Islands", "Valley", "Peninsula", "Strait", "Gulf", "Sea", "Ocean", "Mountains",
        "Coast", "Harbour", "Harbor", "Canyon", "Desert", "Creek", "Hills", "Heights", "Fjord", "Estuary",
    ], StringComparer.Ordinal);

    /// <summary>Last words of street names: a place when the tagger says organisation ("Harbour Street"); left alone when it
    /// says person ("Picabo Street" is a skier).</summary>
    private static readonly FrozenSet<string> StreetHeads = FrozenSet.ToFrozenSet(["Street", "Road", "Avenue", "Square", "Boulevard"], StringComparer.Ordinal);

    /// <summary>Retypes the phrases of one decoded sentence in place.</summary>
    public static void Apply(string[] tokens, int[] tags)
    {
        var phrases = NerTags.ToPhrases(tags);
        if (phrases.Count == 0) return;
        bool changed = false;
        for (int p = 0; p < phrases.Count; p++)
        {
            var (start, end, type) = phrases[p];
            var rule = Retype(tokens, start, end, type);
            if (rule != (start, end, type)) { phrases[p] = rule; changed = true; }
        }
        if (!changed) return;
        var rebuilt = NerTags.FromPhrases(tokens.Length, phrases);
        Array.Copy(rebuilt, tags, tags.Length);
    }

    private static (int Start, int End, int Type) Retype(string[] tokens, int start, int end, int type)
    {
        if (Organisations.Contains(string.Join(' ', tokens[start..end]))) return (start, end, Org);
        bool placeHead = PlaceHeads.Contains(tokens[end - 1]);
        // "Tampa Bay 2": a team in a results line is an organisation whatever its last word
        bool score = end < tokens.Length && tokens[end].Length > 0 && char.IsDigit(tokens[end][0]);
        // "Marlow Bay" read as a person or an organisation: a head noun of geography names a place
        if (type is Org or Per && placeHead && end - start >= 2 && !score) return (start, end, Loc);
        if (type == Org && StreetHeads.Contains(tokens[end - 1]) && end - start >= 2) return (start, end, Loc);
        if (type == Per || placeHead) return (start, end, type);
        // a title inside the phrase: the words after it are the person's name ("National Security Adviser John Bolton")
        for (int i = end - 3; i < end - 1; i++)
        {
            if (i < start || !Titles.Contains(tokens[i])) continue;
            if (AllCapitalised(tokens, i + 1, end)) return (i + 1, end, Per);
        }
        // a title just before it: "Adviser Bolton", "Sen. Ortiz"
        if (start > 0 && Titles.Contains(tokens[start - 1]) && end - start <= 3 && AllCapitalised(tokens, start, end)) return (start, end, Per);
        return (start, end, type);
    }

    private static bool AllCapitalised(string[] tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (tokens[i].Length < 2 || !char.IsUpper(tokens[i][0]) || !char.IsLower(tokens[i][^1])) return false;
        return true;
    }
}
