using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Summarize;

/// <summary>A sentence of the story's own output (summary, headline) with every span that supports it.</summary>
public sealed record CitedSentence(string Text, ImmutableArray<Citation> Citations);
