using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>English titles, acronym rules and credit cues.</summary>
internal static class EnglishNames
{
    public static NameVocabulary Create() => new()
    {
        // titles and roles news writes before a name ("President Maduro", "Col. Jose Luis Silva")
        GenerationalSuffixes = new[] { "jr", "sr", "ii", "iii", "iv" }.ToFrozenSet(StringComparer.Ordinal),
        Titles = new[]
        {
            "president", "vice", "prime", "minister", "secretary", "foreign", "interior", "defense", "defence",
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sen", "senator",
            "rep", "representative", "gov", "governor", "mayor", "gen", "general", "col", "colonel", "lt", "maj", "major",
            "capt", "captain", "cmdr", "adm", "admiral", "sgt", "sergeant", "king", "queen", "prince", "princess", "pope",
            "chancellor", "premier", "judge", "justice", "chief", "leader", "opposition", "acting", "interim", "self-proclaimed",
            "ambassador", "attorney", "state", "of", "former", "deputy", "spokesman", "spokeswoman", "envoy", "speaker",
        }.ToFrozenSet(StringComparer.Ordinal),
        PersonTitles = new[]
        {
            "president", "adviser", "advisor", "secretary", "minister", "senator", "sen", "rep", "representative", "gov", "governor",
            "mayor", "judge", "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
            "commissioner", "prosecutor", "councillor", "councilor", "premier", "dr", "mr", "mrs", "ms", "lt", "col", "gen", "maj",
            "capt", "sgt", "pope", "ceo",
        }.ToFrozenSet(StringComparer.Ordinal),
        // cities, countries, states, nationalities, organisations and platforms: tools/gazetteer/build.sh
        KnownNames = ReadList(),
        PlaceHeads = new[]
        {
            "Bay", "River", "Lake", "Island", "Islands", "Valley", "Peninsula", "Strait", "Gulf", "Sea", "Ocean", "Mountains",
            "Coast", "Harbour", "Harbor", "Canyon", "Desert", "Creek", "Hills", "Heights", "Fjord", "Estuary",
        }.ToFrozenSet(StringComparer.Ordinal),
        StreetHeads = new[] { "Street", "Road", "Avenue", "Square", "Boulevard" }.ToFrozenSet(StringComparer.Ordinal),
        // the joiners of names of other languages too: English news writes "Partido de la Revolución" as it is
        AcronymSkips = new[] { "of", "the", "for", "and", "de", "del", "la", "le", "des", "du", "y", "et", "&", "on", "in" }
            .ToFrozenSet(StringComparer.Ordinal),
        CreditCues = ["Photo:", "Photo by", "Photograph:", "Photographer:", "Image:", "Credit:", "Pictured:", "Getty Images"],
        CreditWords = ["Photo", "Credit"],
        SourceCreditsAfter = ["reported", "said in a report", "first reported"],
        SourceCreditsBefore = ["according to", "according to the", "reported by", "reported by the", "via", "via the"],
        BylineWords = ["Newsroom", "Reporter", "Correspondent", "Staff", "Staff Writer", "Editor", "Contributor", "Writer", "Desk"],
        BylineLead = "By ",
    };

    private const string ListResource = "Storyline.Language.English.names-en.tsv";

    private static FrozenDictionary<string, NameKinds> ReadList()
    {
        using var stream = typeof(EnglishNames).Assembly.GetManifestResourceStream(ListResource)
            ?? throw new InvalidOperationException($"The name list resource '{ListResource}' is missing; rebuild it with tools/gazetteer/build.sh.");
        using var reader = new StreamReader(stream);
        return NameLists.Parse(reader).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
