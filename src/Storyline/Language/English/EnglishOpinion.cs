using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Language.English;

/// <summary>The English cues of opinion and analysis pieces. Written for this project.</summary>
internal static class EnglishOpinion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static OpinionVocabulary Create() => new()
    {
        // section names, schema.org genres (OpinionNewsArticle, split at the capitals) and URL segments (/opinion/, /comment/)
        OpinionLabels = Set(
            "opinion opinions comment commentary commentisfree editorial editorials oped op-ed column columns columnist columnists " +
            "viewpoint viewpoints perspective perspectives letters leader leaders blog blogs review reviews satire"),
        AnalysisLabels = Set("analysis analyses explainer explainers factcheck fact-check backgrounder insight insights"),
        HeadlineLabel = new Regex(
            @"^\s*(?<label>opinion|comment|commentary|editorial|op-ed|analysis|column|view|viewpoint|perspective)\s*[:|\-\u2013\u2014]\s|" +
            @"\s[|\-\u2013\u2014]\s*(?<label>opinion|comment|commentary|editorial|op-ed|analysis|column)\s*$", Options),
        EvaluativeHeadlines =
        [
            // "The fiasco is the mayor's to own": a verdict, not an event
            ("verdict", new Regex(@"\bis\s+(?:\w+\s+){0,4}\w+'s\s+to\s+own\b|\bhas\s+only\s+(?:him|her|them|it)sel(?:f|ves)\s+to\s+blame\b", Options)),
            // "The council must act", "Why we should…": an obligation the writer puts on someone
            ("obligation", new Regex(@"\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b", Options)),
            // "Is this the end of…?": news headlines state what happened
            ("question", new Regex(@"\?\s*$", Options)),
            ("first person", new Regex(@"\b(?:I|we|my|our|us)\b", RegexOptions.CultureInvariant)),
        ],
        FirstPersonArgument = new Regex(
            @"\b(?:I|we)\s+(?:(?:do\s+not|don't|still|really|strongly|firmly)\s+)?(?:think|believe|suspect|doubt|argue|feel|fear|hope|wonder|would\s+argue)\b|" +
            @"\b(?:we|you)\s+(?:must|should|need\s+to|ought\s+to|cannot\s+afford)\b|" +
            @"\blet\s+us\b|\blet's\b|\bin\s+my\s+(?:view|opinion|experience)\b|\bto\s+my\s+mind\b|\bI\s+(?:am|was)\s+(?:convinced|sure|certain)\b|" +
            @"\b(?:make\s+no\s+mistake|mark\s+my\s+words)\b", Options),
        AccusationVerbs = Set(
            "accused accuses accusing alleged alleges alleging blamed blames blaming branded brands branding denounced denounces " +
            "condemned condemns called calls calling described describes labelled labeled labels dubbed dubs charged charges " +
            "proposed proposes demanded demands urged urges decried decries slammed slams criticised criticized criticises " +
            "criticizes claimed claims insisted insists argued argues warned warns declared declares"),
        SecondPerson = Set("you your yours yourself yourselves"),
        EvaluativeWords = Set(
            "fiasco debacle disgrace disgraceful shameful shameless scandalous outrageous absurd ridiculous farce farcical " +
            "incompetent incompetence reckless feckless disastrous catastrophic pathetic appalling hypocritical hypocrisy " +
            "laughable shambles shambolic inept cynical spineless hand-picked cronies cronyism whitewash blame-shifting " +
            "embattled scandal-hit disgraced so-called self-styled botched bungled callous"),
    };

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
