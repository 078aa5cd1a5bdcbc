using System.Collections.Immutable;

namespace Storyline.Language;

/// <summary>
/// The words that tell which day a text's dates say about its own publication: cues that a date is background (a
/// precedent the article recalls) rather than its news, and cues that an expression is a plan or counted from another
/// event. Read by the publication-date stage and its vetting of days read from the text. Matched case-insensitively.
/// </summary>
public sealed record DateCueVocabulary
{
    /// <summary>Whole-word phrases that look back years ("years ago", "anniversary"): an article using one recalls the past.</summary>
    public required ImmutableArray<string> LookingBack { get; init; }

    /// <summary>Words a date follows when it starts a stretch reaching to now ("since", "from").</summary>
    public required ImmutableArray<string> StretchStarts { get; init; }

    /// <summary>A range's opener and the joiner its end date follows ("between" … "and").</summary>
    public required ImmutableArray<(string Opener, string Joiner)> RangeCues { get; init; }

    /// <summary>Words before a date used as an attribute of an event ("the" in "the Dec. 21, 1988, bombing").</summary>
    public required ImmutableArray<string> AttributeLeads { get; init; }

    /// <summary>Phrases that make a sentence a plan ("plans to", " will "), so its days lie after publication; matched as written, spaces included.</summary>
    public required ImmutableArray<string> PlanCues { get; init; }

    /// <summary>Phrases that make a time expression count from another event, not from publication ("the day after", "that day").</summary>
    public required ImmutableArray<string> AnaphoricCues { get; init; }
}
