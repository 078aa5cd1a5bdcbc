namespace Storyline.Similarity;

/// <summary>How the lexical matcher measures two term sets.</summary>
public enum LexicalMeasure
{
    /// <summary>Shared weight over union weight, each term weighed by its inverse frequency in the prepared sentences
    /// (<see cref="TermWeights"/>): the words of the story's main actors, in every sentence, count for little.</summary>
    WeightedJaccard,
    /// <summary>The share of the first sentence's terms found in the second.</summary>
    Containment,
    /// <summary>Shared terms over the size of the smaller set (overlap coefficient): a trimmed or partial version of a
    /// sentence still matches the whole.</summary>
    Overlap,
}

/// <summary>One purpose's rule: the measure, the score it must reach and the fewest shared terms.</summary>
public readonly record struct LexicalMatchRule(LexicalMeasure Measure, double Threshold, int MinShared = 1);

/// <summary>
/// Every threshold of the lexical matcher, with the measurement behind it: the one place where "how alike is the same"
/// is decided for each purpose. Precision comes first (a wrong "agreed" or a merged event misleads readers), so most
/// were set at the strictest value that still joined the paraphrases of the tests and the seed stories.
/// </summary>
public static class LexicalMatchRules
{
    public static LexicalMatchRule For(MatchPurpose purpose) => purpose switch
    {
        // Paraphrase pairs in the fact-ledger tests score 0.30–0.55; unrelated sentences of one story stay under 0.25.
        MatchPurpose.FactSameWords or MatchPurpose.SameMeaning => new(LexicalMeasure.WeightedJaccard, 0.42),
        // "severed relations" / "broke off ties" score 0.20 in the tests; 0.05 let unrelated seed clauses about one
        // actor merge.
        MatchPurpose.FactSameEvent => new(LexicalMeasure.WeightedJaccard, 0.15),
        // Words cannot tell a competing count from a count of another thing: the conflict asks the same wording as one
        // event does, and the figure rule's checks on the sentence around each figure do the rest.
        MatchPurpose.FactConflict => new(LexicalMeasure.WeightedJaccard, 0.15),
        // An equal non-trivial figure is most of the evidence: a word or two more in common settles it.
        MatchPurpose.FactSameFigure => new(LexicalMeasure.WeightedJaccard, 0.05),
        // Mentions of one day: the story's own events; set on the seed story's timeline.
        MatchPurpose.TimelineSameDay => new(LexicalMeasure.WeightedJaccard, 0.2),
        // Different days: claiming one event was dated differently needs more words in common than merging on one day.
        MatchPurpose.TimelineOtherDay => new(LexicalMeasure.WeightedJaccard, 0.45),
        // Matches on one story's common words (its main actors) stay under 0.1 on the seed story; sentences about the
        // same event score 0.15–0.4.
        MatchPurpose.PublicationDateEvidence => new(LexicalMeasure.WeightedJaccard, 0.15),
        // Not measured on a labelled set: half the summary sentence's stems means the other sentence states most of what
        // it says; in the test story a restatement of the collapse ("bridge collapse ... killed twelve people") shares 8 of
        // the source sentence's 12 stems (0.67). Four shared stems keep short sentences from being "supported" by one
        // name and a verb.
        MatchPurpose.SummarySupport => new(LexicalMeasure.Containment, 0.5, MinShared: 4),
        // Share of the shorter quote's words found (by stem prefix) in the other. Set on the seed articles' translated
        // pairs ("a Minimum of staff" / "minimal staff"); one shared word is chance.
        MatchPurpose.SameUtterance => new(LexicalMeasure.Overlap, 0.6, MinShared: 2),
        // What two figures count, without unit nouns (the figure rule's terms, where a happening such as "killed" counts
        // as two words). Equal amounts with one word in common are one figure: "1,200 people evacuated" and "1,200
        // residents from their homes". Different amounts compete only with two shared words or a shared happening: on
        // the 181 real pages of the extraction benchmark digested as one collection, a single shared ordinary word
        // ("battery" of two devices) was a false alarm.
        MatchPurpose.FigureAboutSameAmount => new(LexicalMeasure.Overlap, 0, MinShared: 1),
        MatchPurpose.FigureAboutOtherAmount => new(LexicalMeasure.Overlap, 0, MinShared: 2),
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };
}
