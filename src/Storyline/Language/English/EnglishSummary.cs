using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>The English words the summarizer judges sentences by. Written for this project.</summary>
internal static class EnglishSummary
{
    public static SummaryVocabulary Create() => new()
    {
        // the concept model and the function-word table were trained on ROUGE's Porter stems (docs/summarizer.md)
        Stemmer = RougePorterStemmer.Instance,
        DanglingOpeners = Set(
            "he she it they them his her its their this these those that there we i you him our " +
            "but however also and so meanwhile still yet instead then moreover thus therefore besides nevertheless " +
            "furthermore otherwise hence likewise similarly nonetheless anyway indeed later earlier afterward afterwards " +
            "such both another other others all some each either neither"),
        // "it" is left out: "After the vote, it was clear" is not a reference
        BackPointingPronouns = new[] { "he", "she", "they", "his", "her", "their" }.ToFrozenSet(StringComparer.Ordinal),
        Negations = Set(
            "not no never none nobody nothing neither nor cannot without nowhere noone " +
            "didn't doesn't don't isn't wasn't weren't aren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't"),
        NegationSuffix = "n't",
        ClauseWords = Set(
            "and but or nor which who whom whose that while as because although though when where if after before since so then " +
            "than until unless whether what why how"),
        Verbs = Set(
            "is was were are be been being has have had will would can could should may might must shall do does did " +
            "said says say told get got gets make made"),
        SubjectPronouns = new[] { "he", "she", "they", "it", "we", "i", "you" }.ToFrozenSet(StringComparer.Ordinal),
    };

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
