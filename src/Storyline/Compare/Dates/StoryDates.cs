using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Compare.Dates;

/// <summary>
/// The story's calendar: publication days inferred for undated articles, and the day-precise dates of every
/// article's time expressions. The one place later stages and the report read publication days from.
/// </summary>
/// <param name="InferredPublished">Article id → publication day inferred from the dates its text shares with dated articles.</param>
/// <param name="EventDates">Article id → its time expressions placed on the calendar.</param>
public sealed record StoryDates(ImmutableDictionary<string, DateOnly> InferredPublished, ImmutableDictionary<string, ImmutableArray<DatedSpan>> EventDates)
{
    public static readonly SectionKey<StoryDates> Section = new("dates");

    public static StoryDates Empty { get; } = new(ImmutableDictionary<string, DateOnly>.Empty, ImmutableDictionary<string, ImmutableArray<DatedSpan>>.Empty);

    /// <summary>The article's publication day: declared in its metadata, else inferred here, else unknown.</summary>
    public DateOnly? PublishedDay(Article article) =>
        article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date)
        : InferredPublished.TryGetValue(article.Id, out var d) ? d : null;

    /// <summary>True when the article's publication day comes from its text rather than its metadata.</summary>
    public bool IsInferred(Article article) =>
        article.Metadata.PublishedInferred || (article.Metadata.Published is null && InferredPublished.ContainsKey(article.Id));
}
