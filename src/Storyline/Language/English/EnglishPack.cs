using Lucene.Net.Tartarus.Snowball.Ext;

namespace Storyline.Language.English;

/// <summary>The English language pack: news English, as the stages' rules were written and measured for it.</summary>
public static class EnglishPack
{
    private static readonly CalendarVocabulary Calendar = EnglishCalendar.Create();
    private static readonly NumberVocabulary Numbers = EnglishNumbers.Create();

    /// <summary>The one instance (every vocabulary in it is immutable).</summary>
    public static LanguagePack Instance { get; } = new()
    {
        Code = "en",
        Name = "English",
        FunctionWords = EnglishFunctionWords.Words,
        GroupingStopWords = EnglishGroupingStopWords.Words,
        // Porter2, from Lucene.Net.Analysis.Common: the stemmer of story grouping
        Stemmer = new SnowballStemmer(() => new EnglishStemmer()),
        // Content terms stay on ROUGE's Porter, the summarizer's stemmer, so a story's comparisons and its summary count
        // words alike. Measured: with Snowball the fact ledgers list the same facts, conflicts and timeline, in another
        // order (2 of 29 facts move in the sample report, 32 of 78 in the seed report), and no eval decides ledger order.
        ContentStemmer = RougePorterStemmer.Instance,
        Sentences = EnglishSentences.Create(),
        Calendar = Calendar,
        Numbers = Numbers,
        Claims = EnglishClaims.Create(),
        Framing = EnglishFraming.Create(),
        Boilerplate = EnglishBoilerplate.Create(),
        Names = EnglishNames.Create(),
        Quotes = EnglishQuotes.Create(),
        Figures = EnglishFigures.Create(),
        Time = EnglishTimeVocabulary.Create(Calendar, Numbers),
        DateCues = EnglishDateCues.Create(),
        Summary = EnglishSummary.Create(),
        Opinion = EnglishOpinion.Create(),
    };
}
