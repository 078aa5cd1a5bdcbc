using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Quotes;

/// <summary>One utterance of a story, merged across the outlets that report it.</summary>
/// <param name="SpeakerId">Id of the speaking <see cref="Entities.StoryEntity"/>, null when unknown.</param>
/// <param name="Direct">True for words in quote marks, false for reported speech.</param>
public sealed record StoryQuote(string Text, string? SpeakerId, string? SpeakerName, bool Direct, ImmutableArray<Citation> Citations)
{
    /// <summary>The story's quote ledger.</summary>
    public static readonly SectionKey<ImmutableArray<StoryQuote>> Section = new("quotes");

    /// <summary>Stable id within the story (<see cref="StoryItemIds"/>): the same in every run, whatever the order of the input.</summary>
    public string Id { get; init; } = "";

    /// <summary>True when one outlet shows in quote marks what others report as different words.</summary>
    public bool ParaphraseInQuoteMarks { get; init; }
}
