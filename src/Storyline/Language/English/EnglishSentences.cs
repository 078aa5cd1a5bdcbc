using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>Words that end in a period without ending a sentence, as news English writes them.</summary>
internal static class EnglishSentences
{
    public static SentenceVocabulary Create() => new()
    {
        Titles = new[]
        {
            "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "st", "sr", "jr", "sen", "rep", "gov", "lt", "col", "gen", "maj",
            "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "pres", "atty", "supt", "insp", "hon", "amb", "sec", "lieut",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Abbreviations = new[]
        {
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "ste",
            "vs", "v", "etc", "approx", "est", "cf", "al", "ca", "no", "nos", "vol", "pp", "fig", "op", "ed", "eds",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
            "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        SentenceOpeners = new[]
        {
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and",
            "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "meanwhile", "however", "his", "her", "their",
            "its", "our", "some", "many", "most", "no", "not", "so", "yet", "also", "still", "then", "now",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
    };
}
