namespace Storyline.Similarity;

/// <summary>
/// The questions judges ask a <see cref="ISentenceMatcher"/>. One question, one purpose: where two judges need
/// different evidence (two claims need fewer shared words when they also share an event and a doer), each level is its
/// own purpose, and the matcher keeps its threshold and the measurement behind it
/// (<see cref="LexicalMatchRules"/> for the lexical matcher).
/// </summary>
public enum MatchPurpose
{
    /// <summary>Fact ledger: two claims state the same fact on their words alone.</summary>
    FactSameWords,
    /// <summary>Fact ledger: two claims that share an event type and a doer state the same fact (and, with a figure
    /// that cannot agree, contradict each other).</summary>
    FactSameEvent,
    /// <summary>Fact ledger: two claims that give an equal, non-trivial figure state the same fact.</summary>
    FactSameFigure,
    /// <summary>Fact ledger: two claims whose figures cannot both hold tell the same event, so that the figures
    /// contradict each other. Unlike <see cref="FactSameEvent"/>, the differing amounts (and two different named
    /// sources) are what a conflict is, not a reason to keep the two apart; reversed roles or other days still are.</summary>
    FactConflict,
    /// <summary>Timeline: two mentions dated to the same day tell one event.</summary>
    TimelineSameDay,
    /// <summary>Timeline: two mentions dated to different days tell one event dated differently.</summary>
    TimelineOtherDay,
    /// <summary>Publication-date inference: a dated sentence of an undated article reports an event a dated article
    /// reports on that day.</summary>
    PublicationDateEvidence,
    /// <summary>Summary: a sentence of another article supports (restates most of) a summary sentence. Asymmetric: the
    /// first sentence is the summary's.</summary>
    SummarySupport,
    /// <summary>Quote ledger: two citations of one speaker are one utterance.</summary>
    SameUtterance,
    /// <summary>Figures of equal amount count the same thing: what they count ("about") has a word in common.</summary>
    FigureAboutSameAmount,
    /// <summary>Figures of different amounts count the same thing, so that the amounts compete: this needs more than one
    /// shared word, since a false "figures differ" misleads.</summary>
    FigureAboutOtherAmount,
    /// <summary>Two sentences mean the same, as paraphrase corpora (MSRP) label it: looser than a fact, since annotators
    /// accept differing figures or sources ("770 dead" / "643 dead" in two reports of one quake). No judge of the
    /// report asks it; the lab measures the model on it.</summary>
    SameMeaning,
}
