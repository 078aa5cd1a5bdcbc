using System.Text.Json.Serialization;

namespace Storyline.Report;

// The JSON contract (story-report.schema.json, version 1) as records. Names follow the schema exactly;
// fields beyond it are additions, which version 1 allows.

public sealed record ReportDocument(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("generator")] string Generator,
    [property: JsonPropertyName("articles")] IReadOnlyList<ReportArticle> Articles,
    [property: JsonPropertyName("stories")] IReadOnlyList<ReportStory> Stories,
    [property: JsonPropertyName("problems")] IReadOnlyList<ReportProblem> Problems);

/// <param name="Code">Stable code from the catalogue (Storyline.Problems.ProblemCodes).</param>
/// <param name="Severity">"error" (not used), "warning" (used with a caveat) or "notice" (nothing lost).</param>
public sealed record ReportProblem(string Source, string Reason, string Code, string Severity)
{
    /// <summary>An input, or part of one, that is not in the report.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NotUsed => Severity == "error";
}

public sealed record ReportCitation(string Article, int Start, int End);

public sealed record ReportRemoval(string Text, string Reason);

/// <param name="Id">Stable id (from the URL, or the outlet and text): the same in every run.</param>
/// <param name="Label">Short name for readers within this report ("a1", "a2"… in report order); renderers show it, links use the id.</param>
/// <param name="Kind">"news", "opinion" or "analysis" (an addition to version 1): opinion and analysis pieces never supply a
/// sentence the summary narrates.</param>
/// <param name="KindCues">The cues that decided <paramref name="Kind"/>; empty for news.</param>
/// <param name="LoadedSentences">Sentences the outlet writes in loaded language in its own voice (an addition): never narration.</param>
public sealed record ReportArticle(
    string Id, string Source, string? Outlet, string? Title, string? Url, string? Published, bool PublishedInferred,
    string? Language, string Text, IReadOnlyList<ReportRemoval> Removed, string? DuplicateOf, string? Author, string Label,
    string Kind = "news", IReadOnlyList<ReportKindCue>? KindCues = null, IReadOnlyList<ReportLoadedSentence>? LoadedSentences = null);

/// <param name="Source">"metadata", "url", "headline" or "body".</param>
/// <param name="Strong">True when the cue alone decided the kind.</param>
public sealed record ReportKindCue(string Source, string Description, bool Strong, IReadOnlyList<ReportCitation> Citations);

/// <param name="Reason">"label" (a loaded label of the framing table) or "model" (the loaded-language model).</param>
/// <param name="Words">The loaded words in the outlet's voice.</param>
public sealed record ReportLoadedSentence(ReportCitation Sentence, string Reason, IReadOnlyList<string> Words);

public sealed record ReportSentence(string Text, IReadOnlyList<ReportCitation> Citations);

public sealed record ReportEntity(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<ReportCitation> Mentions);

// Facts, figures, quotes and timeline entries carry a stable id (the same in every run, whatever the order of the input);
// they refer to each other by id (…Ids fields). The index fields of version 1 (conflictsWith, differsFrom, factA, factB)
// stay, with the same meaning, for readers of version 1.

/// <param name="Id">Stable id within the story ("q" and 10 hex digits).</param>
public sealed record ReportQuote(string Id, string Text, string? Speaker, string? SpeakerName, bool Direct, IReadOnlyList<ReportCitation> Citations, bool ParaphraseInQuoteMarks);

/// <param name="Id">Stable id within the story ("f" and 10 hex digits).</param>
/// <param name="ConflictsWith">Indexes of contradicting facts in the story's list (contract version 1).</param>
/// <param name="ConflictsWithIds">Ids of the same facts.</param>
public sealed record ReportFact(string Id, string Text, string Status, IReadOnlyList<string> ArticleIds, int IndependentSources, IReadOnlyList<ReportCitation> Citations,
    IReadOnlyList<int> ConflictsWith, IReadOnlyList<string> ConflictsWithIds)
{
    /// <summary>1-based place in the ledger's order (agreed by independent outlets and centrality, then contested, then
    /// single-source: Compare.Facts.FactRanking); the story's facts are listed in this order. 0 when unknown.</summary>
    public int Rank { get; init; }

    /// <summary>True for the story's key facts: the first agreed facts of the ledger, which the text and HTML views show.</summary>
    public bool Key { get; init; }
}

/// <summary>One outlet of a story: its articles, the facts only it tells, and the agreed facts it does not tell.</summary>
/// <param name="Outlet">The outlet's name; null when its article names none.</param>
/// <param name="OnlyHere">Ids of the single-source facts whose one source is this outlet.</param>
/// <param name="LeftOut">Ids of the agreed facts (two or more independent outlets) that no article of this outlet tells;
/// a copy tells what its original tells.</param>
public sealed record ReportOutlet(string? Outlet, IReadOnlyList<string> ArticleIds, IReadOnlyList<string> OnlyHere, IReadOnlyList<string> LeftOut);

/// <param name="Id">Stable id within the story ("n" and 10 hex digits).</param>
/// <param name="DiffersFrom">Indexes of the story's figures that count the same thing with an amount this one does not allow.</param>
/// <param name="DiffersFromIds">Ids of the same figures.</param>
public sealed record ReportFigure(string Id, string Text, double? Value, string? Unit, string? About, IReadOnlyList<ReportCitation> Citations,
    IReadOnlyList<int> DiffersFrom, IReadOnlyList<string> DiffersFromIds);

public sealed record ReportFramingLabel(string Label, IReadOnlyList<string> ArticleIds, bool InQuote, bool Loaded, IReadOnlyList<ReportCitation> Citations);

/// <summary>How the outlets label one actor and the verbs they use for it.</summary>
public sealed record ReportFraming(string Entity, IReadOnlyList<ReportFramingLabel> Labels)
{
    /// <summary>The verbs (with any adverb) the articles use for what the actor said or did, as its subject.</summary>
    public IReadOnlyList<ReportFramingVerb> Verbs { get; init; } = [];

    /// <summary>One line on where the outlets differ ("'embattled mayor' (Civic Pulse, loaded) vs 'Mayor' (3 outlets)"), or null when they do not.</summary>
    public string? Contrast { get; init; }
}

/// <param name="Verb">As written most often, with its adverb ("flatly denied").</param>
/// <param name="Lemma">The verb's base form ("deny").</param>
/// <param name="InQuote">True when the verb stands in a quote or reported speech: a speaker's word, not the outlet's.</param>
/// <param name="Loaded">True when the verb or its adverb carries a judgement ("claimed", "admitted").</param>
public sealed record ReportFramingVerb(string Verb, string Lemma, string? Adverb, IReadOnlyList<string> ArticleIds, bool InQuote, bool Loaded, IReadOnlyList<ReportCitation> Citations);

/// <param name="Id">Stable id within the story ("t" and 10 hex digits), unique over the timeline and the background.</param>
public sealed record ReportTimelineEntry(string Id, string Date, string Event, IReadOnlyList<ReportCitation> Citations, IReadOnlyList<string> ConflictingDates);

public sealed record ReportStory(
    string Id, string Headline, IReadOnlyList<ReportCitation> HeadlineCitations, IReadOnlyList<string> ArticleIds,
    IReadOnlyList<ReportSentence> Summary, IReadOnlyList<ReportEntity> Entities, IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<ReportFact> Facts, IReadOnlyList<ReportFigure> Figures, IReadOnlyList<ReportFraming> Framing,
    IReadOnlyList<ReportTimelineEntry> Timeline, string? FirstPublished, string? LastPublished,
    IReadOnlyList<ReportConflict> Conflicts, IReadOnlyList<ReportTimelineEntry> Background)
{
    /// <summary>Each outlet of the story with its "only here" and "left out" facts, in the order its first article appears.</summary>
    public IReadOnlyList<ReportOutlet> Outlets { get; init; } = [];

    /// <summary>Related stories of the same thread in this report (an addition, docs/contract/thread-additions.schema.json):
    /// "earlier" stories this one followed after they went quiet, "later" ones that followed it.</summary>
    public IReadOnlyList<ReportThreadLink> Threads { get; init; } = [];
}

/// <param name="StoryId">stories[].id of the linked story.</param>
/// <param name="Relation">"earlier" (the linked story came first; this one opened on its words after it went quiet) or "later".</param>
/// <param name="Similarity">Cosine between the later story's first article and the earlier story's word signature.</param>
/// <param name="Headline">The linked story's headline.</param>
/// <param name="FirstPublished">The linked story's first publication day.</param>
public sealed record ReportThreadLink(string StoryId, string Relation, double Similarity, string Headline, string? FirstPublished);

/// <summary>Two facts that contradict each other: indexes into the story's facts, and the facts' ids.</summary>
public sealed record ReportConflict(string Kind, string Description, int FactA, int FactB, string FactAId, string FactBId);
