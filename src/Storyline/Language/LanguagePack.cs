using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// One language's words for the engine, in typed vocabularies: its function words and stemmer, what ends a sentence,
/// and the words each stage's rules are written over (cue verbs, month names, number words…). Algorithms stay in their
/// stage folders and read their words from here, so a second language is a second pack rather than a fork of every
/// stage. Immutable; thread-safe.
/// </summary>
public sealed record LanguagePack
{
    /// <summary>ISO 639-1 code ("en").</summary>
    public required string Code { get; init; }

    /// <summary>The language's English name, for notices ("English").</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The language's one stopword list: words that carry grammar rather than topic. Dropped from content terms, from
    /// the features stories are grouped by, and from the summarizer's concepts. Lower case, ordinal.
    /// </summary>
    public required FrozenSet<string> FunctionWords { get; init; }

    /// <summary>
    /// The words story grouping drops: function words plus the words every news story uses (dates, "new", "said").
    /// A second list only because grouping measured worse with <see cref="FunctionWords"/> (the numbers are beside the
    /// English list, <c>EnglishGroupingStopWords</c>); a new pack may give its function words here.
    /// </summary>
    public required FrozenSet<string> GroupingStopWords { get; init; }

    /// <summary>The language's stemmer (Snowball where Snowball has the language): story grouping stems with it.</summary>
    public required IStemmer Stemmer { get; init; }

    /// <summary>
    /// The stemmer of content terms: the words claims, dated events and figure phrases are compared in across a story.
    /// <see cref="Stemmer"/> unless the pack says why not (English: ROUGE's Porter, the summarizer's stemmer, see the
    /// English pack).
    /// </summary>
    public required IStemmer ContentStemmer { get; init; }

    /// <summary>What ends a sentence and what does not.</summary>
    public required SentenceVocabulary Sentences { get; init; }

    /// <summary>Month and weekday names.</summary>
    public required CalendarVocabulary Calendar { get; init; }

    /// <summary>Number words.</summary>
    public required NumberVocabulary Numbers { get; init; }

    /// <summary>Event kinds, attribution phrases and connectives claims are read by.</summary>
    public required ClaimVocabulary Claims { get; init; }

    /// <summary>Words that make a phrase a label of an actor, and loaded words.</summary>
    public required FramingVocabulary Framing { get; init; }

    /// <summary>Page furniture the cleaner removes.</summary>
    public required BoilerplatePhrases Boilerplate { get; init; }

    /// <summary>Titles, acronym words and credit cues around names.</summary>
    public required NameVocabulary Names { get; init; }

    /// <summary>The quote rules' words (cue verbs, pronouns, role nouns).</summary>
    public required QuoteVocabulary Quotes { get; init; }

    /// <summary>Figure extraction's words.</summary>
    public required FigureVocabulary Figures { get; init; }

    /// <summary>The time engine's words (built on <see cref="Calendar"/> and <see cref="Numbers"/>).</summary>
    public required TimeVocabulary Time { get; init; }

    /// <summary>Cues of background dates, plans and anaphoric expressions, for publication days.</summary>
    public required DateCueVocabulary DateCues { get; init; }

    /// <summary>The summarizer's words.</summary>
    public required SummaryVocabulary Summary { get; init; }

    /// <summary>The cues of opinion and analysis pieces.</summary>
    public required OpinionVocabulary Opinion { get; init; }

    public override string ToString() => $"{Name} ({Code})";
}
