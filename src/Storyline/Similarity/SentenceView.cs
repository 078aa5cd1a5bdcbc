namespace Storyline.Similarity;

/// <summary>
/// One sentence, clause or phrase as a matcher reads it: the words as written (what a model would read) and, when the
/// caller already holds them, the terms the lexical matcher compares.
/// </summary>
/// <param name="Text">The words as written.</param>
/// <param name="Terms">The terms to compare, in the caller's vocabulary (the summarizer's stems, the quote ledger's stem
/// prefixes, the figure ledger's counted words); null: the content terms of <paramref name="Text"/>
/// (<see cref="Text.ContentTerms"/>). Until the language pack gives one vocabulary, each judge keeps its own words;
/// the decision over them is the matcher's.</param>
/// <param name="Source">Who wrote it (an outlet), when the judge knows: a matcher may spend a language model only where
/// two sources can agree (<see cref="EmbeddingSentenceMatcher"/>); null: unknown.</param>
public sealed record SentenceView(string Text, IReadOnlySet<string>? Terms = null, string? Source = null);
