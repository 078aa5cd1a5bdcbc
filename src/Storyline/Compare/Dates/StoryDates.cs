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
/// <param name="SetAside">Article id → a publication day read from the article's own text (metadata marked inferred) that
/// the story's dates show to be a background date (a precedent, an anniversary, a plan): not the day it was published.</param>
public sealed record StoryDates(
    ImmutableDictionary<string, DateOnly> InferredPublished,
    ImmutableDictionary<string, ImmutableArray<DatedSpan>> EventDates,
    ImmutableDictionary<string, DateOnly> SetAside)
{
    public static readonly SectionKey<StoryDates> Section = new("dates");

    public static StoryDates Empty { get; } = new(
        ImmutableDictionary<string, DateOnly>.Empty, ImmutableDictionary<string, ImmutableArray<DatedSpan>>.Empty, ImmutableDictionary<string, DateOnly>.Empty);

    /// <summary>The article's publication day: inferred here, else its metadata's unless set aside, else unknown.</summary>
    public DateOnly? PublishedDay(Article article) =>
        InferredPublished.TryGetValue(article.Id, out var d) ? d
        : article.Metadata.Published is { } p && !SetAside.ContainsKey(article.Id) ? DateOnly.FromDateTime(p.Date)
        : null;

    /// <summary>True when the article's publication day comes from its text rather than its metadata.</summary>
    public bool IsInferred(Article article) =>
        article.Metadata.PublishedInferred || InferredPublished.ContainsKey(article.Id);
}
