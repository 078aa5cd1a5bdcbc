namespace Storyline.Clean;

/// <summary>Thresholds of the cleaner, each with the evidence behind it.</summary>
public static class CleanerSettings
{
    /// <summary>A title sits in the first lines after site chrome; seeds and samples put it within the first 6 raw lines.</summary>
    public const int TitleZone = 8;

    /// <summary>Site names recur as " - Name" suffixes on captions; two occurrences separate a signature from chance.</summary>
    public const int MinSuffixRepeats = 2;

    /// <summary>A full date this many years before the latest year the text names is a precedent, not a lower bound
    /// for the time of writing. Two, not one: coverage in January names the coming year ("the 2020 election");
    /// the DUC 2004 case behind it is a 1998 report whose only full date is in 1974.</summary>
    public const int HistoricalDateYears = 2;
}
