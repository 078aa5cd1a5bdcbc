using System.Collections.Immutable;
using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>
/// Word lists the quote rules read. The cue verbs are the verbs that head the cue span of at least two direct
/// quotes in PolNeAR train (split train only; see docs/quotes.md), plus the speech verbs the issue names
/// (stated, announced, declared, warned, denounced). All forms are listed (said, says, saying) so lookups need
/// no stemming; bare forms only for verbs that are not also common nouns ("report", "claim", "post" are).
/// </summary>
internal static class EnglishQuotes
{
    private static readonly ImmutableArray<string> DirectVerbs =
    [
        "say", "tell", "add", "write", "tweet", "continue", "ask", "respond", "reply", "conclude", "declare",
        "explain", "state", "recall", "answer", "note", "chant", "shout", "post", "admit", "warn", "acknowledge",
        "remark", "interject", "yell", "joke", "exclaim", "echo", "urge", "argue", "predict", "quip", "caution",
        "insist", "concede", "testify", "announce", "claim", "denounce", "report", "assert", "stress", "reiterate",
        "complain", "confirm", "deny", "vow", "pledge", "promise", "comment", "emphasize", "emphasise", "observe",
        "muse", "boast", "lament", "counter", "retort", "wonder", "agree", "email", "recount", "charge", "scream",
        "thunder", "whisper", "proclaim", "mock", "blast", "snap", "tout", "cry", "demand", "plead", "sing",
        "preach", "read", "describe", "suggest", "maintain", "contend", "confess", "bark", "gush", "rail",
        // general speech verbs beyond the train list: cheap to add, since a cue counts only beside quote marks
        "inform", "offer", "venture", "opine", "threaten", "swear", "question", "allege", "protest", "object",
        "elaborate", "clarify", "reflect", "remember", "confide", "reveal", "disclose", "hint", "speculate", "guess",
        "forecast", "roar", "bellow", "murmur", "mutter", "mumble", "stammer", "chime", "interrupt", "laugh", "tease",
        "scoff", "sneer", "growl", "hiss", "fume", "rage", "rant", "slam", "underscore", "highlight", "repeat",
        "affirm", "reaffirm", "reassure", "guarantee", "brag", "crow", "rave", "praise", "hail", "apologize",
        "apologise", "concur", "disagree", "blame", "criticize", "criticise", "condemn", "decry", "deplore", "mourn",
        "sigh", "text", "message", "grumble", "gripe", "assure", "instruct", "advise", "inquire", "enquire",
    ];

    /// <summary>Verbs that report speech without quote marks ("X said that …"). Narrower than the direct list:
    /// without marks, verbs like "read" or "post" far more often mean something else.</summary>
    private static readonly ImmutableArray<string> ReportVerbs =
    [
        "say", "tell", "add", "write", "tweet", "announce", "state", "declare", "warn", "note", "argue", "claim",
        "insist", "explain", "acknowledge", "admit", "confirm", "report", "suggest", "predict", "deny", "vow",
        "pledge", "promise", "assert", "stress", "reiterate", "complain", "concede", "testify", "recall",
        "emphasize", "emphasise", "contend", "maintain", "allege", "disclose", "reveal", "indicate", "conclude",
        "estimate", "believe", "think", "denounce", "hint", "assure",
    ];

    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["say"] = ["said"],
        ["tell"] = ["told"],
        ["write"] = ["wrote", "written"],
        ["read"] = ["read"],
        ["think"] = ["thought"],
        ["sing"] = ["sang"],
        ["admit"] = ["admitted", "admitting"],
        ["quip"] = ["quipped"],
        ["snap"] = ["snapped"],
        ["swear"] = ["swore", "sworn"],
        ["forecast"] = ["forecast"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs whose bare form is a cue ("they say"); the others are too often nouns ("the report").</summary>
    private static readonly FrozenSet<string> BareFormIsCue = new[]
    {
        "say", "tell", "add", "write", "ask", "argue", "insist", "warn", "explain", "think", "believe", "predict", "agree",
        "suggest", "admit", "acknowledge", "deny", "recall", "concede", "contend", "maintain", "complain", "wonder", "declare",
        "allege", "assert", "testify",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoRegularForms = new[] { "say", "tell", "write", "think", "sing" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DirectCues = Expand(DirectVerbs);

    /// <summary>Cues that may open a sentence before their speaker ("Said Comey, “…”"), capitalised.</summary>
    private static readonly FrozenSet<string> InvertedCues = new[] { "Said", "Says", "Added", "Wrote", "Asked", "Tweeted" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportCues = Expand(ReportVerbs);

    /// <summary>Verbs whose object (the listener) sits between the cue and what was said: "told Reuters that …".</summary>
    private static readonly FrozenSet<string> TakesListener = new[]
    {
        "told", "tells", "tell", "telling", "assured", "assures", "warned", "warns", "reminded", "asked", "asks", "urged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns = new[] { "he", "she", "they", "we", "i", "it", "you" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Reflexives = new[] { "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ObjectPronouns = new[] { "him", "her", "them", "us", "me", "you", "reporters", "journalists" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "one", "two",
        "three", "four", "five", "several", "many", "some", "other", "another", "both", "most", "few", "all", "each", "any",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may sit between a speaker and its verb ("Maduro also said", "he has said").</summary>
    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "later", "then", "previously", "again", "once", "recently", "reportedly", "further", "has", "have", "had",
        "would", "will", "simply", "just", "repeatedly", "publicly", "privately", "flatly", "quickly", "often", "even",
        "still", "frequently", "already", "earlier", "finally", "bluntly", "openly", "separately", "similarly", "first",
        "subsequently", "initially", "angrily", "calmly", "however", "now", "never", "always",
        "emphatically", "immediately", "tearfully", "jokingly", "sarcastically", "proudly", "confidently", "clearly",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start sentences or clauses but are not names.</summary>
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "But", "And", "Or", "So", "Yet", "The", "A", "An", "In", "On", "At", "As", "After", "Before", "When", "While", "If",
        "This", "That", "These", "Those", "Then", "Also", "Still", "However", "Meanwhile", "Earlier", "Later", "Now", "Today",
        "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "He", "She",
        "They", "We", "I", "It", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "What", "Why",
        "How", "Who", "Where", "Asked", "Speaking", "According", "For", "From", "With", "By", "To", "Of", "Since", "Although",
        "Though", "Because", "Instead", "Indeed", "Still", "Last", "Next", "Thus", "Even", "Not", "No", "Yes", "Asked",
        "Mr", "Mrs", "Ms",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Honorifics and titles that belong to the name they precede ("Mr. Trump", "Sen. Rubio").</summary>
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Rev.", "Prof.",
        "Pres.", "Sec.", "Amb.", "Mr", "Mrs", "Ms", "Dr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that may join the parts of a name ("Secretary of State", "Nicolás de la Fuente").</summary>
    private static readonly FrozenSet<string> NameJoiners = new[] { "of", "de", "del", "la", "da", "dos", "van", "von", "bin", "al", "el", "y", "for" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of role phrases that can speak without a determiner or as plural groups ("officials said").</summary>
    private static readonly FrozenSet<string> RoleNouns = new[]
    {
        "president", "leader", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "officer", "senator", "governor", "lawmaker", "lawmakers", "chief", "director", "adviser", "advisor", "advisers",
        "advisors", "aide", "aides", "analyst", "analysts", "expert", "experts", "source", "sources", "diplomat", "diplomats",
        "ambassador", "envoy", "general", "commander", "candidate", "nominee", "campaign", "administration", "government",
        "statement", "ministry", "department", "chairman", "chairwoman", "head", "mayor", "judge", "lawyer", "lawyers",
        "attorney", "representative", "congressman", "congresswoman", "strategist", "supporters", "critics", "residents",
        "witnesses", "protesters", "voters", "police", "military", "organizers", "prosecutors", "investigators", "authorities",
        "economists", "researchers", "scientists", "democrats", "republicans", "observers", "activists", "people", "report",
        "survey", "poll", "study", "agency", "spokesmen", "executive", "founder", "ceo", "pollster", "manager", "chair",
        "member", "members", "opposition", "regime", "embassy", "kremlin", "pentagon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending a speaker phrase that runs rightwards ("said Smith, who …", "said the minister in a statement").</summary>
    private static readonly FrozenSet<string> PhraseStops = new[]
    {
        "who", "in", "on", "at", "to", "during", "after", "before", "when", "that", "which", "while", "as", "and", "but",
        "from", "with", "about", "of", "on", "by", "last", "this", "earlier", "later", "told", "said", "adding", "saying",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static QuoteVocabulary Create() => new()
    {
        DirectCues = DirectCues,
        InvertedCues = InvertedCues,
        ReportCues = ReportCues,
        TakesListener = TakesListener,
        Pronouns = Pronouns,
        Reflexives = Reflexives,
        ObjectPronouns = ObjectPronouns,
        Determiners = Determiners,
        Adverbs = Adverbs,
        NotNames = NotNames,
        Honorifics = Honorifics,
        NameJoiners = NameJoiners,
        RoleNouns = RoleNouns,
        PhraseStops = PhraseStops,
    };

    private static FrozenSet<string> Expand(ImmutableArray<string> verbs)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in verbs)
        {
            if (Irregular.TryGetValue(v, out var irregular)) forms.UnionWith(irregular);
            foreach (var form in Regular(v))
            {
                if (form == v && !BareFormIsCue.Contains(v)) continue;
                if (NoRegularForms.Contains(v) && form.EndsWith("ed", StringComparison.Ordinal)) continue;
                forms.Add(form);
            }
        }
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Regular(string v)
    {
        yield return v;
        if (v.EndsWith('e'))
        {
            yield return v + "s";
            yield return v + "d";
            yield return v[..^1] + "ing";
        }
        else if (v.EndsWith('y') && v.Length > 2 && !"aeiou".Contains(v[^2]))
        {
            yield return v[..^1] + "ies";
            yield return v[..^1] + "ied";
            yield return v + "ing";
        }
        else
        {
            yield return v.EndsWith('h') || v.EndsWith('s') || v.EndsWith('o') ? v + "es" : v + "s";
            yield return v + "ed";
            yield return v + "ing";
        }
    }
}
