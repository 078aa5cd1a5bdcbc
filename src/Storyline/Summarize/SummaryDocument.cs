using System.Collections.Immutable;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Summarize;

/// <summary>One source document as the summarizer sees it: text with its sentences and tokens.</summary>
/// <param name="Order">Sort key for output order (publication time ticks, or the input index).</param>
public sealed record SummaryDocument(string Text, ImmutableArray<Sentence> Sentences, ImmutableArray<Token> Tokens, long Order = 0)
{
    /// <summary>Spans of person names in <see cref="Text"/>, when an entity layer is at hand (the digest); default when not
    /// known (research corpora), which turns off the rules that need them (<see cref="SummarizerSettings.OpeningPronounNeedsPerson"/>).</summary>
    public ImmutableArray<TextSpan> People { get; init; }

    /// <summary>Indexes of sentences that may not be narrated: every sentence of an opinion or analysis piece, and the
    /// sentences an outlet writes in loaded language (the digest's opinion stage). They still count as evidence of
    /// what the story is about (concepts), and may support another outlet's sentence. Empty for research corpora.</summary>
    public ImmutableHashSet<int> NotNarration { get; init; } = ImmutableHashSet<int>.Empty;

    /// <summary>Sentences that state a fact the story's outlets agree on (the fact ledger), by index, with the ids of those
    /// facts: preferred by <see cref="SummarizerSettings.AgreedFactBonus"/>, and told once (a second sentence of a fact
    /// already chosen is redundant). Empty for research corpora.</summary>
    public ImmutableDictionary<int, ImmutableArray<string>> Agreed { get; init; } = ImmutableDictionary<int, ImmutableArray<string>>.Empty;

    /// <summary>Splits plain text with the project's <see cref="SentenceSplitter"/> and <see cref="Tokenizer"/>.</summary>
    public static SummaryDocument FromText(string text, long order = 0) =>
        new(text, SentenceSplitter.Split(text, LanguagePacks.English.Sentences), Tokenizer.Tokenize(text), order);

    /// <summary>
    /// Plain text from a research corpus, made readable: hard-wrapped lines (DUC wire text breaks
    /// lines at ~70 characters) are joined, blank lines stay paragraph breaks, and TeX-style quotes
    /// (``...'') become straight double quotes so the sentence splitter sees quotations.
    /// </summary>
    public static string Unwrap(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r') continue;
            if ((c == '`' || c == '\'') && i + 1 < text.Length && text[i + 1] == c) { sb.Append('"'); i++; continue; }
            if (c != '\n') { sb.Append(c); continue; }
            int j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
            if (j < text.Length && text[j] == '\n') { sb.Append('\n'); i = j; }
            else sb.Append(' ');
        }
        return sb.ToString();
    }
}

/// <summary>A sentence the summarizer chose.</summary>
/// <param name="Document">Index of its document in the input.</param>
/// <param name="Index">Its index among that document's sentences.</param>
/// <param name="Span">The whole sentence in the document text.</param>
/// <param name="Shown">The source text shown, from the start of its first kept part to the end of its last (the sentence without a
/// leading dateline when it is shown whole).</param>
/// <param name="Text">The kept parts with line breaks and runs of spaces collapsed, joined as <see cref="SentenceCompressor.Show"/> does.</param>
/// <param name="Words">Whitespace-separated words of <paramref name="Text"/>.</param>
public sealed record SelectedSentence(int Document, int Index, TextSpan Span, TextSpan Shown, string Text, int Words)
{
    /// <summary>The parts of the source sentence shown, in order: one (<see cref="Shown"/>) for a sentence shown whole, more for a compressed one.</summary>
    public ImmutableArray<TextSpan> Parts
    {
        get => _parts.IsDefault ? [Shown] : _parts;
        init => _parts = value;
    }

    private readonly ImmutableArray<TextSpan> _parts;
}

/// <summary>A chosen sentence and the sentences of other documents that say the same.</summary>
public sealed record SupportedSentence(SelectedSentence Sentence, ImmutableArray<(int Document, TextSpan Span)> Support);

/// <summary>A story's summary sentences (in output order) and its headline sentence.</summary>
public sealed record SummaryResult(ImmutableArray<SupportedSentence> Summary, SupportedSentence? Headline);
