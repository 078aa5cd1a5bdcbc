namespace Storyline.Clean;

/// <summary>Thresholds of the cleaner, each with the evidence behind it.</summary>
public static class CleanerSettings
{
    /// <summary>A title sits in the first lines after site chrome; seeds and samples put it within the first 6 raw lines.</summary>
    public const int TitleZone = 8;

    /// <summary>Site names recur as " - Name" suffixes on captions; two occurrences separate a signature from chance.</summary>
    public const int MinSuffixRepeats = 2;
}
