using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>Words that make a phrase a label of an actor, words that load it, and words that end it. Written for this project.</summary>
internal static class EnglishFraming
{
    public static FramingVocabulary Create() => new()
    {
        RoleWords = RoleWords,
        LoadedWords = LoadedWords,
        LoadedPhrases = new[] { "de facto" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Breakers = Breakers,
        Descriptors = Descriptors,
        NameHeads = NameHeads,
        AppositiveOpeners = new[] { "the", "a", "an" }.ToFrozenSet(StringComparer.Ordinal),
        Definite = "the",
        ReportingVerbs = new[] { "said", "told", "says", "announced", "added", "stated" }.ToFrozenSet(StringComparer.Ordinal),
    };

    /// <summary>Role and status nouns: a phrase before or beside a name is a label only if it has one (or a loaded word).</summary>
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "leader", "president", "vice", "minister", "secretary", "head", "chief", "chairman", "chair", "speaker", "spokesman",
        "spokeswoman", "spokesperson", "envoy", "ambassador", "attache", "attaché", "diplomat", "official", "commander", "general",
        "colonel", "col", "gen", "admiral", "officer", "lawmaker", "senator", "congressman", "governor", "mayor", "prime",
        "premier", "king", "queen", "prince", "opposition", "regime", "government", "administration", "dictator", "strongman",
        "ruler", "autocrat", "representative", "adviser", "advisor", "director", "founder", "activist", "politician", "lawyer",
        "judge", "prosecutor", "candidate", "incumbent", "challenger", "successor", "predecessor", "mentor", "ally", "rival",
        "critic", "supporter", "protege", "chancellor", "foreign", "defense", "defence", "interior", "state", "interim", "acting",
        "legislature", "assembly", "parliament", "congress", "party", "movement", "group", "agency", "ministry", "company",
        "contractor", "firm", "network", "outlet", "newspaper", "councillor", "councilor", "engineer", "owner", "usurper",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Loaded words: labels carrying a judgement, highlighted in the framing table.</summary>
    private static readonly FrozenSet<string> LoadedWords = new[]
    {
        "regime", "dictator", "dictatorship", "dictatorial", "self-proclaimed", "self-declared", "self-styled", "so-called",
        "usurper", "usurpation", "usurping", "coup", "putschist", "puppet", "junta", "illegitimate", "strongman", "tyrant",
        "tyranny", "thug", "terrorist", "extremist", "radical", "embattled", "scandal-hit", "disgraced", "imperialist",
        "authoritarian", "autocrat", "despot", "hardline", "hard-line", "de facto", "socialist", "far-left", "far-right",
        "rogue", "criminal", "narco", "illegal", "fake", "sham", "rigged", "fiasco",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot be part of a label in front of a name: verbs of reporting, function words.</summary>
    private static readonly FrozenSet<string> Breakers = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "after", "before", "when", "while", "since", "than", "said", "says", "told", "tells", "asked", "called", "urged", "met",
        "accused", "warned", "recognized", "recognised", "named", "declared", "welcomed", "backed", "supported", "added", "stated",
        "announced", "ordered", "gave", "giving", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would",
        "could", "should", "can", "may", "not", "also", "who", "which", "whom", "whose", "he", "she", "it", "they", "we", "his",
        "her", "its", "their", "our", "against", "behind", "about", "over", "under", "into", "during", "between", "without", "like",
        "if", "because", "so", "then", "however", "meanwhile", "both", "all", "many", "some", "any", "every", "each",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers that may open a label ("former president", "interim leader") besides role and loaded words.</summary>
    private static readonly FrozenSet<string> Descriptors = new[]
    {
        "former", "interim", "acting", "deputy", "vice", "senior", "top", "chief", "veteran", "elected", "embattled", "exiled",
        "jailed", "ousted", "outgoing", "incoming", "new", "longtime", "military", "national", "foreign", "opposition", "rival",
        "main", "de", "legitimate", "constitutional", "populist", "leftist", "rightist", "socialist", "conservative", "liberal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that, after a name, make "the Maduro regime" a label of that person.</summary>
    private static readonly FrozenSet<string> NameHeads = new[] { "regime", "government", "administration", "camp", "loyalists", "dictatorship", "junta" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
