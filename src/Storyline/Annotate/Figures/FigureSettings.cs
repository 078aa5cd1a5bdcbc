namespace Storyline.Annotate.Figures;

/// <summary>Constants of figure extraction, each with the reason for its value (comparing figures: <c>Compare.Figures.FigureRule</c>).</summary>
public static class FigureSettings
{
    /// <summary>Most words an "about" phrase takes. Eight keeps "Deadline for dredging crews to leave the north docks"
    /// whole on the seed articles while stopping before the next clause in longer sentences.</summary>
    public const int MaxAboutWords = 8;

    /// <summary>Most words of a counted noun phrase before its head ("400 [hired] divers", "14 [Baltic coastal] states").</summary>
    public const int MaxModifierWords = 3;

    /// <summary>Years in this range written alone as four digits are dates, not counts ("the 2014 protests").</summary>
    public const int MinYear = 1800, MaxYear = 2100;
}
