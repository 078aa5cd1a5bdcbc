using Storyline.Compare.Dates;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;
using Storyline.Language;
using Storyline.Compare.Facts;
using Storyline.Compare.Opinion;

namespace Storyline.Summarize;

/// <summary>
/// Fills the story's summary (about <see cref="SummarizerSettings.Words"/> words) and one-sentence
/// headline. Each sentence cites the span it was taken from plus every sentence of another article
/// of the story that supports it.
/// </summary>
public sealed class SummaryStage : IStoryStage
{
    private readonly Lazy<SummarizerModels> _models;
    private readonly SummarizerSettings _settings;
    private readonly LanguagePacks _packs;

    /// <param name="models">The run's summarizer models, loaded on first use (a <c>ModelStore</c> hands them out).</param>
    /// <param name="settings">Selection settings (default: <see cref="SummarizerSettings.Default"/>).</param>
    /// <param name="matcher">Decides which sentences of other articles support a summary sentence (default:
    /// <see cref="LexicalSentenceMatcher"/>).</param>
    /// <param name="packs">The language packs whose words judge sentences (default: <see cref="LanguagePacks.Default"/>).</param>
    public SummaryStage(Lazy<SummarizerModels> models, SummarizerSettings? settings = null, ISentenceMatcher? matcher = null, LanguagePacks? packs = null)
    {
        _models = models;
        _settings = settings ?? SummarizerSettings.Default;
        _matcher = matcher;
        _packs = packs ?? LanguagePacks.Default;
    }

    public SummaryStage(SummarizerModels models, SummarizerSettings? settings = null, ISentenceMatcher? matcher = null, LanguagePacks? packs = null)
        : this(new Lazy<SummarizerModels>(models), settings, matcher, packs) { }

    private readonly ISentenceMatcher? _matcher;

    public string Name => "summary";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Token.Layer, StoryDates.Section, FactLedger.Section, ArticleVoice.Section];
    public IReadOnlyList<Feature> Provides => [StorySummary.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story)
    {
        // copies add nothing a reader can check twice
        var articles = story.Story.Articles.Where(a => a.DuplicateOf is null).ToList();
        if (articles.Count == 0) return story.With(StorySummary.Section, StorySummary.Empty);
        var dates = story.Get(StoryDates.Section);
        // what the ledger and the opinion stage decided; a story run without them (a unit test of this stage alone) has neither
        var ledger = story.GetOrDefault(FactLedger.Section, FactLedger.Empty);
        var voices = story.GetOrDefault(ArticleVoice.Section, []).ToDictionary(v => v.ArticleId, StringComparer.Ordinal);
        var documents = articles
            .Select((a, i) => new SummaryDocument(a.Text, a.Get(Sentence.Layer), a.Get(Token.Layer),
                PublishedTicks(a, dates) ?? i)
            {
                NotNarration = NeutralSummary.NotNarration(a, a.Get(Sentence.Layer), voices.GetValueOrDefault(a.Id)),
                Agreed = NeutralSummary.Agreed(a, a.Get(Sentence.Layer), ledger),
                // person names, when the entity stage ran, let the summary tell "After Okafor spoke, she …" from a dangling "she"
                People = a.Has(EntityMention.Layer)
                    ? [.. a.Get(EntityMention.Layer).Where(m => m.Type == EntityType.Person).Select(m => m.Span)]
                    : default,
            })
            .ToArray();
        // the pipeline hands this stage the story's English articles only: one pack for all of them
        var summarizer = new ExtractiveSummarizer(_models.Value, _settings, _matcher, _packs.Of(articles[0]));
        var result = summarizer.SummarizeWithSupport(documents, _settings.Words);
        ImmutableArray<CitedSentence> sentences = [.. result.Summary.Select(s => Cite(s, articles))];
        sentences = NeutralSummary.WithDisputedFigures(sentences, ledger, articles.ToDictionary(a => a.Id, StringComparer.Ordinal), voices);
        sentences = NeutralSummary.WithLatestDevelopment(sentences, ledger, [.. articles.Select((a, i) => (a, documents[i].Order))], voices);
        return story.With(StorySummary.Section, new StorySummary(
            result.Headline is null ? null : Cite(result.Headline, articles),
            sentences));
    }

    private static long? PublishedTicks(Article a, StoryDates dates) =>
        (dates.SetAside.ContainsKey(a.Id) ? null : a.Metadata.Published?.UtcTicks)
        ?? (dates.PublishedDay(a) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks : null);

    private static CitedSentence Cite(SupportedSentence s, List<Article> articles)
    {
        var citations = ImmutableArray.CreateBuilder<Citation>(s.Sentence.Parts.Length + s.Support.Length);
        // every kept part of the source sentence, in order, then the other articles' supporting sentences
        foreach (var part in s.Sentence.Parts) citations.Add(new Citation(articles[s.Sentence.Document].Id, part));
        foreach (var (doc, span) in s.Support) citations.Add(new Citation(articles[doc].Id, span));
        return new CitedSentence(s.Sentence.Text, citations.ToImmutable());
    }
}
