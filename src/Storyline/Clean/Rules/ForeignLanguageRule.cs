using Storyline.Articles;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Clean.Rules;

/// <summary>
/// A stray line in another script ("Заголовок открываемого материала" in an English page) or, for
/// short lines, another language of the same script (interface text of a foreign template).
/// </summary>
public sealed class ForeignLanguageRule : ILineRule
{
    /// <summary>Share of a line's letters in a foreign script that marks the line as foreign (names in
    /// another script inside an English sentence stay well below it).</summary>
    private const double ForeignScriptShare = 0.6;
    private const int MaxSameScriptWords = 15;

    public string Name => "foreign-language";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text.AsSpan();
        var dominant = context.Profile.DominantScript;
        var histogram = Scripts.Histogram(text);
        int letters = histogram.Sum();
        if (letters < 3) return null;
        int own = dominant == Script.None ? 0 : histogram[(int)dominant];
        if (dominant != Script.None && letters - own >= ForeignScriptShare * letters)
            return LineDecision.Remove(RemovalReasons.ForeignLanguage, Name);

        var language = context.Profile.Language;
        if (language is null || WordCount.Of(text) > MaxSameScriptWords) return null;
        var counts = LanguageDetector.Counts(text);
        if (counts.GetValueOrDefault(language) > 0) return null;
        foreach (var (code, hits) in counts)
            if (code != language && hits >= 2) return LineDecision.Remove(RemovalReasons.ForeignLanguage, Name);
        return null;
    }
}
