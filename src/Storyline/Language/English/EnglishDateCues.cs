namespace Storyline.Language.English;

/// <summary>English cues of background dates, plans and anaphoric expressions.</summary>
internal static class EnglishDateCues
{
    public static DateCueVocabulary Create() => new()
    {
        LookingBack = ["years ago", "decade ago", "decades ago", "anniversary"],
        StretchStarts = ["since", "from"],
        RangeCues = [("between", "and")],
        AttributeLeads = ["the"],
        PlanCues = ["called for", "calls for", "call for", "plans to", "planned", "scheduled", " will ", "is due", "are due", "is expected to", "are expected to"],
        AnaphoricCues = ["following", "day after", "day before", "next day", "previous day", "that day", "same day"],
    };
}
