using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>
/// Words that say nothing about which story an article belongs to: function words and the words every news story
/// uses (dates, weekdays, "new", "said"). Kept short on purpose: online IDF already discounts frequent words; this
/// list only removes words so frequent that their IDF is near zero anyway, which saves work in the hot path.
/// It is not the pack's function-word list because grouping loses with that one (storyline-lab gate, B-cubed F1):
/// DUC 2004 seeds 1/2/3 0.8262/0.8154/0.8164 with this list, 0.8193/0.8142/0.8057 with the function words, and
/// 0.8262/0.8158/0.8156 with both; UCI headlines 0.8233 with this list, 0.8102 with the function words, 0.8147 with both.
/// </summary>
internal static class EnglishGroupingStopWords
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "mr", "mrs", "ms", "s", "t", "one", "two",
        "new", "year", "years", "told", "may", "might", "must", "shall", "yet", "still", "even", "much", "many",
        "well", "back", "get", "got", "make", "made", "like", "last", "first", "week", "day", "today", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);
}
