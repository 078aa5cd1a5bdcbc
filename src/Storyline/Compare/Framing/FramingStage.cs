using Storyline.Articles;
using Storyline.Compare.Entities;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Compare.Framing;

/// <summary>Builds the actor × outlet framing table: each label an outlet uses for each main actor.</summary>
public sealed class FramingStage(LanguagePacks? packs = null) : IStoryStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "framing";
    public IReadOnlyList<Feature> Requires => [Token.Layer, Sentence.Layer, Quote.Layer, StoryEntity.Section];
    public IReadOnlyList<Feature> Provides => [FramingRow.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        var entities = story.Get(StoryEntity.Section);
        var owner = SurnameOwners(entities);
        var found = new List<FoundLabel>();
        // every article's mentions in one pass over the entities (in entity order, as a per-article filter would list them)
        var byArticle = new Dictionary<string, List<(TextSpan Span, string EntityId, EntityType Type)>>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var m in e.Mentions)
            {
                if (!byArticle.TryGetValue(m.ArticleId, out var list)) byArticle[m.ArticleId] = list = new();
                list.Add(owner.TryGetValue(e.Id, out var person) ? (m.Span, person.Id, person.Type) : (m.Span, e.Id, e.Type));
            }
        foreach (var article in story.Story.Articles)
        {
            var mentions = (byArticle.GetValueOrDefault(article.Id) ?? []).OrderBy(m => m.Span.Start).ToList();
            found.AddRange(LabelExtractor.Find(article, mentions, _packs.Of(article).Framing));
        }
        var mentionCounts = entities.ToDictionary(e => e.Id, e => e.Mentions.Length);
        var language = story.Story.Articles.IsEmpty ? _packs.Fallback : _packs.Of(story.Story.Articles[0]);
        var rows = found
            .GroupBy(f => f.EntityId)
            .OrderByDescending(g => mentionCounts.GetValueOrDefault(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FramingRow(g.Key, g
                .GroupBy(f => (Key: Normalize(f.Label), f.InQuote))
                .Select(l => new FramingLabel(
                    l.First().Label,
                    l.Select(f => f.Citation.ArticleId).Distinct().ToImmutableArray(),
                    l.Key.InQuote,
                    language.Framing.IsLoaded(l.First().Label),
                    l.Select(f => f.Citation).Distinct().ToImmutableArray()))
                .OrderBy(l => l.InQuote)
                .ThenByDescending(l => l.ArticleIds.Length)
                .ThenBy(l => l.Label, StringComparer.Ordinal)
                .ToImmutableArray()))
            .ToImmutableArray();
        return story.With(FramingRow.Section, rows);
    }

    /// <summary>
    /// A one-word name of another type that is the surname of exactly one person of the story ("the Ruiz regime",
    /// tagged as a miscellaneous name) is that person: the tagger reads such modifiers as adjectives.
    /// </summary>
    private static Dictionary<string, StoryEntity> SurnameOwners(ImmutableArray<StoryEntity> entities)
    {
        var persons = entities.Where(e => e.Type == EntityType.Person && e.Name.Contains(' ')).ToList();
        var owners = new Dictionary<string, StoryEntity>();
        foreach (var e in entities.Where(e => e.Type != EntityType.Person && !e.Name.Contains(' ')))
        {
            var candidates = persons.Where(p => ContentTerms.Fold(p.Name.Split(' ')[^1]) == ContentTerms.Fold(e.Name)).ToList();
            if (candidates.Count == 1) owners[e.Id] = candidates[0];
        }
        return owners;
    }

    private static string Normalize(string label) => string.Join(' ', ContentTerms.Fold(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
