using System.Collections.Immutable;
using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>Words that make a phrase a label of an actor, words that load it, and words that end it. Written for this project.</summary>
internal static class EnglishFraming
{
    public static FramingVocabulary Create() => new()
    {
        RoleWords = RoleWords,
        // mined from CoNLL-2003's person tags by storyline-lab train role-nouns (docs/comparison.md, Framing)
        MinedRoleWords = ReadMinedRoles(),
        LoadedWords = LoadedWords,
        LoadedPhrases = new[] { "de facto" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        Breakers = Breakers,
        Descriptors = Descriptors,
        NameHeads = NameHeads,
        AppositiveOpeners = new[] { "the", "a", "an" }.ToFrozenSet(StringComparer.Ordinal),
        Definite = "the",
        ReportingVerbs = new[] { "said", "told", "says", "announced", "added", "stated" }.ToFrozenSet(StringComparer.Ordinal),
        AbbreviatedTitles = new[]
        {
            "sen", "rep", "gov", "col", "gen", "lt", "maj", "capt", "cmdr", "adm", "sgt", "amb", "atty", "pres", "sec", "supt",
            "insp", "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "brig", "cpl", "pvt",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        RoleSuffixes = ["ist", "ian", "ator", "eur"],
        NotRoles = new[] { "against", "playlist", "checklist", "shortlist", "wishlist", "amongst", "median", "meridian", "guardian", "indian" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        PhraseEnders = new[]
        {
            "who", "whom", "whose", "which", "that", "with", "without", "since", "after", "before", "when", "where", "while",
            "because", "although", "though", "during", "from", "and", "but", "or", "in", "at", "on", "for", "by", "as", "said",
            "says", "is", "was", "has", "had", "will", "would",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        NonLabelEndings = ["ly", "ed"],
        ActorVerbs = ActorVerbForms(),
        NounLikeVerbs = new[] { "claim", "report", "charge", "attack", "question", "comment", "promise", "pledge", "demand", "call", "spin", "snap", "tout", "boast", "rant", "vow", "praise", "defend" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        LoadedVerbs = LoadedVerbs,
        LoadedAdverbs = new[]
        {
            "falsely", "wrongly", "baselessly", "defiantly", "angrily", "furiously", "bizarrely", "shamelessly", "conveniently",
            "grudgingly", "stubbornly", "brazenly", "desperately", "smugly", "arrogantly", "dishonestly", "misleadingly",
            "bitterly", "sheepishly", "belatedly", "finally",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        VerbAuxiliaries = new[] { "also", "has", "have", "had", "will", "would", "later", "again", "then", "once", "now", "previously", "earlier", "repeatedly", "publicly", "privately" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        NotAdverbs = new[]
        {
            "only", "early", "likely", "daily", "weekly", "monthly", "yearly", "family", "rally", "reply", "supply", "apply", "ally",
            "july", "italy", "elderly", "friendly", "lonely", "holy", "jelly", "belly", "bully", "assembly", "anomaly", "lily",
            "ugly", "silly", "costly", "deadly", "orderly", "unlikely", "curly", "hilly", "melancholy", "monopoly", "homily",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        AdverbEnding = "ly",
        NotActorHeads = new[]
        {
            "memo", "memos", "report", "dossier", "hearing", "hearings", "trial", "investigation", "probe", "inquiry",
            "act", "bill", "doctrine", "plan", "deal", "accord", "agreement", "summit", "papers", "files", "emails",
            "tapes", "letter", "letters", "affair", "scandal", "testimony", "indictment", "verdict", "speech",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        VerbParticles = new[] { "out", "back" }.ToFrozenSet(StringComparer.Ordinal),
        ClauseOpeners = new[] { "and", "but", "that", "when", "while", "as", "after", "before", "because", "though", "although", "since", "so", "yet", "where", "until", "once", "if" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
    };

    private const string MinedRolesResource = "Storyline.Language.English.role-nouns-en.txt";

    /// <summary>The mined role nouns: one word a line, '#' lines are the header saying how the list was built.</summary>
    private static FrozenSet<string> ReadMinedRoles()
    {
        using var stream = typeof(EnglishFraming).Assembly.GetManifestResourceStream(MinedRolesResource)
            ?? throw new InvalidOperationException($"The role-noun list resource '{MinedRolesResource}' is missing; rebuild it with storyline-lab train role-nouns.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } w && !w.StartsWith('#')) words.Add(w);
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reporting and stance verbs attributed to actors (lemmas); their forms come from <see cref="ActorVerbForms"/>.</summary>
    private static readonly ImmutableArray<string> ActorVerbLemmas =
    [
        "say", "tell", "add", "write", "tweet", "post", "announce", "state", "declare", "explain", "note", "stress", "confirm",
        "report", "respond", "reply", "answer", "ask", "warn", "urge", "call", "argue", "contend", "maintain", "assert",
        "acknowledge", "deny", "reject", "dismiss", "refuse", "defend", "praise", "criticize", "criticise", "condemn", "blame",
        "accuse", "demand", "vow", "pledge", "promise", "threaten", "predict", "suggest", "recall", "testify", "complain",
        "counter", "question", "charge", "attack", "allege",
        // loaded ones (see LoadedVerbs)
        "claim", "admit", "insist", "concede", "confess", "boast", "brag", "slam", "blast", "lash", "rant", "rail", "fume",
        "whine", "gripe", "tout", "crow", "mock", "ridicule", "scoff", "snap", "sneer", "downplay", "dodge", "evade",
        "backtrack", "spin", "thunder", "bark", "gush", "lament", "bemoan",
    ];

    /// <summary>Verbs that say more than what the actor did: that the outlet doubts it ("claimed"), that it was forced out
    /// ("admitted", "conceded"), that it was stubborn or aggressive ("insisted", "slammed").</summary>
    private static readonly FrozenSet<string> LoadedVerbs = new[]
    {
        "claim", "admit", "insist", "concede", "confess", "boast", "brag", "slam", "blast", "lash", "rant", "rail", "fume",
        "whine", "gripe", "tout", "crow", "mock", "ridicule", "scoff", "snap", "sneer", "downplay", "dodge", "evade",
        "backtrack", "spin", "thunder", "bark", "gush", "bemoan",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]> IrregularVerbs = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["say"] = ["said", "says"], ["tell"] = ["told", "tells"], ["write"] = ["wrote", "writes"], ["spin"] = ["spun", "spins"],
        ["admit"] = ["admitted", "admits"], ["slam"] = ["slammed", "slams"], ["snap"] = ["snapped", "snaps"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Each lemma's past and third-person forms ("claimed", "claims"): the forms that follow a named subject. The bare form
    /// and the participle in -ing are left out: after a name they are more often a noun or a clause of someone else.
    /// </summary>
    private static FrozenDictionary<string, string> ActorVerbForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in ActorVerbLemmas)
        {
            if (IrregularVerbs.TryGetValue(lemma, out var irregular))
            {
                foreach (var f in irregular) forms.TryAdd(f, lemma);
                continue;
            }
            if (lemma.EndsWith('e')) { forms.TryAdd(lemma + "d", lemma); forms.TryAdd(lemma + "s", lemma); }
            else if (lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2])) { forms.TryAdd(lemma[..^1] + "ied", lemma); forms.TryAdd(lemma[..^1] + "ies", lemma); }
            else if (lemma.EndsWith("sh") || lemma.EndsWith("ch") || lemma.EndsWith('s') || lemma.EndsWith('x')) { forms.TryAdd(lemma + "ed", lemma); forms.TryAdd(lemma + "es", lemma); }
            else { forms.TryAdd(lemma + "ed", lemma); forms.TryAdd(lemma + "s", lemma); }
        }
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

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
        // role nouns outside politics' offices ("special counsel", "talk show host", "tycoon")
        "counsel", "host", "anchor", "tycoon", "mogul", "magnate", "confidant", "confidante", "aide", "staffer", "lobby",
        "billionaire", "millionaire", "businessman", "businesswoman", "executive", "entrepreneur", "investor", "financier",
        "banker", "donor", "fundraiser", "operative", "consultant", "pundit", "writer", "author", "reporter", "editor",
        "publisher", "broadcaster", "star", "actor", "actress", "singer", "rapper", "player", "coach", "attorney", "nominee",
        "appointee", "contender", "frontrunner", "front-runner", "hopeful", "member", "boss", "heir", "son", "daughter", "wife",
        "husband", "brother", "sister", "father", "mother", "son-in-law", "daughter-in-law", "whistleblower", "informant",
        "defendant", "plaintiff", "suspect", "witness", "soldier", "sheriff", "deputy", "detective", "inspector", "commissioner",
        "administrator", "regulator", "negotiator", "delegate", "trustee", "partner", "manager", "professor", "doctor",
        "senate", "house", "sen", "rep", "gov", "congresswoman", "congressperson", "dictator", "monarch", "emir", "sheikh",
        "cleric", "ayatollah", "pope", "bishop", "cardinal", "rabbi", "imam", "ceo", "cfo", "chairwoman", "chairperson",
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
        // pronouns and days: "I believe President", "Friday swiftly pressured President"
        "i", "you", "me", "us", "him", "them", "my", "your", "believe", "think", "thinks", "know", "knows", "says",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Modifiers that may open a label ("former president", "interim leader") besides role and loaded words.</summary>
    private static readonly FrozenSet<string> Descriptors = new[]
    {
        "former", "interim", "acting", "deputy", "vice", "senior", "top", "chief", "veteran", "elected", "embattled", "exiled",
        "jailed", "ousted", "outgoing", "incoming", "new", "longtime", "military", "national", "foreign", "opposition", "rival",
        "main", "de", "legitimate", "constitutional", "populist", "leftist", "rightist", "socialist", "conservative", "liberal",
        "special", "independent", "talk", "radio", "television", "cable", "shipping", "oil", "media", "tech", "business", "campaign",
        "late-night", "retired", "longtime", "eccentric", "billionaire", "real-estate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that, after a name, make "the Maduro regime" a label of that person.</summary>
    private static readonly FrozenSet<string> NameHeads = new[] { "regime", "government", "administration", "camp", "loyalists", "dictatorship", "junta" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
