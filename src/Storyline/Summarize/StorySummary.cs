using System.Collections.Immutable;
using Storyline.Stories;

namespace Storyline.Summarize;

/// <summary>The story's one-sentence headline and its summary, every sentence citing what supports it.</summary>
public sealed record StorySummary(CitedSentence? Headline, ImmutableArray<CitedSentence> Sentences)
{
    public static readonly SectionKey<StorySummary> Section = new("summary");

    public static StorySummary Empty { get; } = new(null, []);
}
