using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>English function words: the one stopword list of the English pack. Written for this project.</summary>
internal static class EnglishFunctionWords
{
    /// <summary>Words that carry grammar, not topic: never concepts on their own, dropped from content terms and from
    /// the features stories are grouped by; a bigram of two of them is not a concept. The summarizer's concept model
    /// was trained with exactly this list (its <c>has_stopword</c> feature): a change here is a change to that model.</summary>
    public static readonly FrozenSet<string> Words = (
        "a an the and or but nor so yet for of to in on at by with from into onto upon about above below over under " +
        "between among through during before after since until while as than then that this these those there here " +
        "is am are was were be been being has have had having do does did doing will would shall should can could may might must " +
        "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
        "who whom whose which what when where why how all any both each few more most other some such no not only own same " +
        "too very just also s t d ll m re ve one ones said says say told mr mrs ms if because though although whether " +
        "up down out off again further once per via against within without around across along").Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);
}
