namespace Storyline.Annotate.Figures;

/// <summary>Constants of figure extraction and merging, each with the reason for its value.</summary>
public static class FigureSettings
{
    /// <summary>Most words an "about" phrase takes. Eight keeps "Ultimatum to American diplomats to leave the country"
    /// whole on the seed articles while stopping before the next clause in longer sentences.</summary>
    public const int MaxAboutWords = 8;

    /// <summary>Most words of a counted noun phrase before its head ("400 [Russian] mercenaries", "14 [Pan American] states").</summary>
    public const int MaxModifierWords = 3;

    /// <summary>Years in this range written alone as four digits are dates, not counts ("the 2014 protests").</summary>
    public const int MinYear = 1800, MaxYear = 2100;

    /// <summary>Relative tolerance when comparing two quantities in a common unit: 30 days and a month (720 h) are equal,
    /// 14 and 20 killed are not.</summary>
    public const double SameValueTolerance = 0.01;

    /// <summary>Two outlets' counts of one thing differ, but not by orders of magnitude: "more than 50 million deaths"
    /// (a pandemic) and "11 deaths" in one story are two quantities, not a contradiction. Read off the 181 real pages
    /// of the extraction benchmark digested as one collection: the two false alarms there were 4.5-million-fold and
    /// (battery life of two devices) one shared ordinary word; the sample story's real ones are 1.25- and 1.4-fold.</summary>
    public const double MaxDifferRatio = 3;
}
