using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Pipeline;
using Storyline.Text;

namespace Storyline.Compare.Framing;

/// <summary>Builds the actor × outlet framing table: each label an outlet uses for each main actor.</summary>
public sealed class FramingStage : IStoryStage
{
    public string Name => "framing";
    public IReadOnlyList<Feature> Requires => [Token.Layer, Sentence.Layer, Quote.Layer, StorySection.Entities];
    public IReadOnlyList<Feature> Provides => [StorySection.Framing];

    public StoryAnalysis Process(StoryAnalysis story)
    {
        var types = story.Entities.ToDictionary(e => e.Id, e => e.Type);
        var found = new List<FoundLabel>();
        foreach (var article in story.Story.Articles)
        {
            var mentions = story.Entities
                .SelectMany(e => e.Mentions.Where(m => m.ArticleId == article.Id).Select(m => (m.Span, e.Id, e.Type)))
                .OrderBy(m => m.Span.Start)
                .ToList();
            found.AddRange(LabelExtractor.Find(article, mentions));
        }
        var mentionCounts = story.Entities.ToDictionary(e => e.Id, e => e.Mentions.Length);
        var rows = found
            .GroupBy(f => f.EntityId)
            .OrderByDescending(g => mentionCounts.GetValueOrDefault(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Compare.FramingRow(g.Key, g
                .GroupBy(f => (Key: Normalize(f.Label), f.InQuote))
                .Select(l => new Compare.FramingLabel(
                    l.First().Label,
                    l.Select(f => f.Citation.ArticleId).Distinct().ToImmutableArray(),
                    l.Key.InQuote,
                    FramingLexicon.IsLoaded(l.First().Label),
                    l.Select(f => f.Citation).Distinct().ToImmutableArray()))
                .OrderBy(l => l.InQuote)
                .ThenByDescending(l => l.ArticleIds.Length)
                .ThenBy(l => l.Label, StringComparer.Ordinal)
                .ToImmutableArray()))
            .ToImmutableArray();
        return story with { Framing = rows };
    }

    private static string Normalize(string label) => string.Join(' ', ContentTerms.Fold(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
