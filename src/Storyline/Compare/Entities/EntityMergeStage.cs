using Storyline.Annotate.Entities;
using Storyline.Compare.Entities.Merging;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Compare.Entities.Merging;
using Storyline.Articles;
using Storyline.Pipeline;

namespace Storyline.Compare.Entities;

/// <summary>
/// Adds <see cref="StoryEntity.Section"/>: the story's people, organisations and places, each
/// with its merged spellings and every mention cited. Names in photo credits and bylines are left out.
/// </summary>
public sealed class EntityMergeStage : IStoryStage
{
    public string Name => "entity-merge";
    public IReadOnlyList<Feature> Requires => [EntityMention.Layer];
    public IReadOnlyList<Feature> Provides => [StoryEntity.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story) =>
        story.With(StoryEntity.Section, EntityMerger.Merge(Mentions(story.Story.Articles)));

    /// <summary>The mentions of the articles that are story actors (credits and bylines dropped).</summary>
    public static IEnumerable<NamedMention> Mentions(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            if (article.DuplicateOf is not null) continue; // a copy would double-count every mention
            foreach (var m in article.GetOrEmpty(EntityMention.Layer))
            {
                if (CreditFilter.IsInCredit(article.Text, m.Span)) continue;
                yield return new NamedMention(new Citation(article.Id, m.Span), article.SliceString(m.Span), m.Type);
            }
        }
    }
}
