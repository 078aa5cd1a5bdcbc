using System.Collections.Immutable;

namespace Storyline.Lab.Datasets.Ner;

/// <summary>One sentence of a CoNLL-2003 file: its tokens and their gold tags (as written in the file, IOB1).</summary>
public sealed record ConllSentence(ImmutableArray<string> Tokens, ImmutableArray<string> Tags);

/// <summary>The sentences between two <c>-DOCSTART-</c> lines.</summary>
public sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}
