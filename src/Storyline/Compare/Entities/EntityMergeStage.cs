using Storyline.Cluster;
using Storyline.Annotate.Entities;
using Storyline.Compare.Entities.Merging;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Articles;
using Storyline.Language;

namespace Storyline.Compare.Entities;

/// <summary>
/// Adds <see cref="StoryEntity.Section"/>: the story's people, organisations and places, each
/// with its merged spellings and every mention cited. Names in photo credits and bylines are left out.
/// </summary>
public sealed class EntityMergeStage(LanguagePacks? packs = null) : IStoryStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "entity-merge";
    public IReadOnlyList<Feature> Requires => [EntityMention.Layer];
    public IReadOnlyList<Feature> Provides => [StoryEntity.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story) =>
        // the story's articles here share a language (the pipeline gives this stage only those it reads)
        story.With(StoryEntity.Section, EntityMerger.Merge(Mentions(story.Story.Articles, _packs, CopyText.Of(story.Story)),
            (story.Story.Articles.IsEmpty ? _packs.Fallback : _packs.Of(story.Story.Articles[0])).Names));

    /// <summary>The mentions of the articles that are story actors (credits and bylines dropped).</summary>
    /// <param name="own">What copies say of their own; without it copies are left out whole.</param>
    public static IEnumerable<NamedMention> Mentions(IEnumerable<Article> articles, LanguagePacks packs, CopyText? own = null)
    {
        foreach (var article in articles)
        {
            // a copy would double-count every mention its original has: only its own paragraphs count
            if (article.DuplicateOf is not null && own is null) continue;
            foreach (var m in article.GetOrEmpty(EntityMention.Layer))
            {
                if (own is not null && !own.Counts(article, m.Span)) continue;
                if (CreditFilter.IsInCredit(article.Text, m.Span, packs.Of(article).Names)) continue;
                yield return new NamedMention(new Citation(article.Id, m.Span), article.SliceString(m.Span), m.Type);
            }
        }
    }
}
