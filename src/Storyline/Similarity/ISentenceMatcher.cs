namespace Storyline.Similarity;

/// <summary>
/// Decides whether two sentences say the same thing, for a named <see cref="MatchPurpose"/>: the one decider every
/// "same statement?" judge asks (summary support, fact alignment, timeline merge, publication-date evidence, quote
/// utterances, figure "about" phrases). <see cref="LexicalSentenceMatcher"/> compares content terms; a model that embeds
/// sentences can take its place behind this interface.
/// </summary>
public interface ISentenceMatcher
{
    /// <summary>Judges one pair on its own, with nothing else to weigh its words against.</summary>
    MatchScore Compare(SentenceView a, SentenceView b, MatchPurpose purpose);

    /// <summary>
    /// Prepares the sentences one judge compares among themselves (a story's claims, its dated sentences, a summary's
    /// candidates): the lexical matcher weighs each term by how many of them use it; a model would embed each once.
    /// The comparer answers by index into <paramref name="sentences"/>. Not thread-safe: one per judge and call.
    /// </summary>
    ISentenceComparer Prepare(IReadOnlyList<SentenceView> sentences);
}

/// <summary>Sentences prepared by <see cref="ISentenceMatcher.Prepare"/>, compared by index.</summary>
public interface ISentenceComparer
{
    /// <summary>The number of sentences prepared.</summary>
    int Count { get; }

    /// <summary>Judges sentences <paramref name="a"/> and <paramref name="b"/> for <paramref name="purpose"/>.</summary>
    MatchScore Compare(int a, int b, MatchPurpose purpose);
}
