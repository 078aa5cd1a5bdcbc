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

/// <summary>
/// Builds the actor × outlet framing table: each label an outlet uses for each main actor, the verbs it uses for what the
/// actor said or did, and where the outlets differ.
/// </summary>
/// <param name="loadedLanguage">The loaded-language model, whose word scores flag loaded verbs beside the language pack's
/// lexicon; none (or a model that is null) flags by the lexicon alone.</param>
public sealed class FramingStage(LanguagePacks? packs = null, Lazy<LoadedLanguageModel?>? loadedLanguage = null) : IStoryStage
{
    private const int MaxContrastChoices = 3;

    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "framing";
    public IReadOnlyList<Feature> Requires => [Token.Layer, Sentence.Layer, Quote.Layer, StoryEntity.Section];
    public IReadOnlyList<Feature> Provides => [FramingRow.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        var entities = story.Get(StoryEntity.Section);
        var language = story.Story.Articles.IsEmpty ? _packs.Fallback : _packs.Of(story.Story.Articles[0]);
        var owner = SurnameOwners(entities);
        var found = new List<FoundLabel>();
        var verbs = new List<FoundVerb>();
        var model = loadedLanguage?.Value;
        // every article's mentions in one pass over the entities (in entity order, as a per-article filter would list them)
        var byArticle = new Dictionary<string, List<(TextSpan Span, string EntityId, EntityType Type)>>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => !IsFragment(e.Name) && IsActorName(e.Name, language.Framing)))
            foreach (var m in e.Mentions)
            {
                if (!byArticle.TryGetValue(m.ArticleId, out var list)) byArticle[m.ArticleId] = list = new();
                list.Add(owner.TryGetValue(e.Id, out var person) ? (m.Span, person.Id, person.Type) : (m.Span, e.Id, e.Type));
            }
        foreach (var article in story.Story.Articles)
        {
            var mentions = (byArticle.GetValueOrDefault(article.Id) ?? []).OrderBy(m => m.Span.Start).ToList();
            found.AddRange(LabelExtractor.Find(article, mentions, _packs.Of(article).Framing));
            verbs.AddRange(VerbExtractor.Find(article, mentions, _packs.Of(article), model));
        }
        var mentionCounts = entities.ToDictionary(e => e.Id, e => e.Mentions.Length);
        var labelsOf = found.GroupBy(f => f.EntityId).ToDictionary(g => g.Key, g => g
            .GroupBy(f => (Key: Normalize(f.Label), f.InQuote))
            .Select(l => new FramingLabel(
                l.First().Label,
                l.Select(f => f.Citation.ArticleId).Distinct().ToImmutableArray(),
                l.Key.InQuote,
                language.Framing.IsLoaded(l.First().Label) || IsNickname(l.First().Label),
                l.Select(f => f.Citation).Distinct().ToImmutableArray()))
            .OrderBy(l => l.InQuote)
            .ThenByDescending(l => l.ArticleIds.Length)
            .ThenBy(l => l.Label, StringComparer.Ordinal)
            .ToImmutableArray());
        var verbsOf = verbs.GroupBy(v => v.EntityId).ToDictionary(g => g.Key, g => g
            .GroupBy(v => (v.Lemma, Adverb: v.Adverb?.ToLowerInvariant(), v.InQuote))
            .Select(v => new FramingVerb(
                v.Key.Lemma,
                v.GroupBy(Display).OrderByDescending(d => d.Count()).ThenBy(d => d.Key, StringComparer.Ordinal).First().Key,
                v.First().Adverb,
                v.Select(f => f.Citation.ArticleId).Distinct().ToImmutableArray(),
                v.Key.InQuote,
                language.Framing.LoadedVerbs.Contains(v.Key.Lemma) || v.Key.Adverb is { } adverb && language.Framing.LoadedAdverbs.Contains(adverb)
                    || v.Any(f => f.Scored),
                v.Select(f => f.Citation).Distinct().ToImmutableArray()))
            .OrderBy(v => v.InQuote)
            .ThenByDescending(v => v.ArticleIds.Length)
            .ThenBy(v => v.Verb, StringComparer.Ordinal)
            .ToImmutableArray());
        var outletOf = story.Story.Articles.ToDictionary(a => a.Id, a => a.Metadata.Outlet ?? a.Id, StringComparer.Ordinal);
        var rows = labelsOf.Keys.Union(verbsOf.Keys)
            .OrderByDescending(id => mentionCounts.GetValueOrDefault(id))
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id =>
            {
                var labels = labelsOf.GetValueOrDefault(id, []);
                var actorVerbs = verbsOf.GetValueOrDefault(id, []);
                return new FramingRow(id, labels) { Verbs = actorVerbs, Contrast = Contrast(labels, actorVerbs, outletOf) };
            })
            .ToImmutableArray();
        return story.With(FramingRow.Section, rows);
    }

    private static string Display(FoundVerb v) => v.Adverb is null ? v.Form : v.Adverb + " " + v.Form;

    /// <summary>
    /// Where the outlets differ on an actor, in their own voice (quoted words are the speakers'): the labels when two or more
    /// outlets label the actor and some label is not used by all of them; the verbs likewise, and only when one of the verbs
    /// is loaded ("said" against "told" is no difference a reader needs). Null when neither differs.
    /// </summary>
    private static FramingContrast? Contrast(ImmutableArray<FramingLabel> labels, ImmutableArray<FramingVerb> verbs, Dictionary<string, string> outletOf)
    {
        var labelChoices = Choices(labels.Where(l => !l.InQuote).Select(l => (l.Label, l.Loaded, l.ArticleIds)), outletOf);
        var verbChoices = Choices(verbs.Where(v => !v.InQuote).Select(v => (v.Verb, v.Loaded, v.ArticleIds)), outletOf);
        if (!verbChoices.Any(c => c.Loaded)) verbChoices = [];
        return labelChoices.IsEmpty && verbChoices.IsEmpty ? null : new FramingContrast(labelChoices, verbChoices);
    }

    /// <summary>The choices when the outlets using any of them do not all use the same ones (loaded first, then by outlets); else none.</summary>
    private static ImmutableArray<FramingChoice> Choices(IEnumerable<(string Text, bool Loaded, ImmutableArray<string> ArticleIds)> items, Dictionary<string, string> outletOf)
    {
        var list = items.Select(i => (i.Text, i.Loaded, i.ArticleIds, Outlets: i.ArticleIds.Select(a => outletOf.GetValueOrDefault(a, a)).ToHashSet(StringComparer.Ordinal))).ToList();
        var outlets = list.SelectMany(i => i.Outlets).ToHashSet(StringComparer.Ordinal);
        if (outlets.Count < 2 || list.All(i => i.Outlets.SetEquals(outlets))) return [];
        return list
            .OrderByDescending(i => i.Loaded)
            .ThenByDescending(i => i.Outlets.Count)
            .ThenBy(i => i.Text, StringComparer.Ordinal)
            .Take(MaxContrastChoices)
            .Select(i => new FramingChoice(i.Text, i.Loaded, i.ArticleIds))
            .ToImmutableArray();
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

    /// <summary>A nickname in quotes ("'Crooked'") is an epithet: the outlet repeats a judgement, whoever coined it.</summary>
    private static bool IsNickname(string label) =>
        label.Length > 2 && label[0] is '\'' or '\u2018' or '"' or '\u201C' && label[^1] is '\'' or '\u2019' or '"' or '\u201D';

    /// <summary>
    /// Whether a name can be an actor: not a document or event named after one ("James Comey Memos", "the Brandt Report"),
    /// whose labels and verbs would be the document's, not the person's.
    /// </summary>
    public static bool IsActorName(string name, FramingVocabulary vocabulary)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 || !vocabulary.NotActorHeads.Contains(words[^1]);
    }

    /// <summary>A name cut at an initial ("Anthony D", "Vladimir V"): the tagger lost the rest, so no label is shown for it.</summary>
    private static bool IsFragment(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1].TrimEnd('.') is { Length: 1 } last && char.IsUpper(last[0]);
    }

    private static string Normalize(string label) => string.Join(' ', ContentTerms.Fold(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
