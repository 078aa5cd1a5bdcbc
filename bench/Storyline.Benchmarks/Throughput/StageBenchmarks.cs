using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Stages;
using Storyline.Stories;

namespace Storyline.Benchmarks.Throughput;

/// <summary>
/// The hot stages of a digest, one call each, on real news: the entity tagger on one DUC 2004 article (the largest
/// article stage) and the story stages on one 10-article DUC cluster (the fact ledger first among them). Run with
/// <c>--filter *StageBenchmarks*</c>; the throughput harness gives the same stages' share of a whole digest.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StageBenchmarks
{
    private readonly StorylinePipeline _pipeline = DefaultPipeline.Create(new ModelStore());
    private Article _sentenced = null!;
    private IArticleStage _entities = null!;
    private StoryDocument _beforeLedger = null!;
    private IStoryStage _factLedger = null!, _summary = null!, _publicationDates = null!;
    private Story _story = null!;

    [GlobalSetup]
    public void Setup()
    {
        // the first DUC cluster: ten articles of one story
        var docs = BenchData.DucDocuments().Take(10).ToList();
        var articles = docs.Select((bytes, i) =>
            _pipeline.Annotate(Cleaner.Default.Clean(new ArticleDraft($"duc-{i}.txt", Encoding.UTF8.GetString(bytes), new ArticleMetadata()), $"a{i}")))
            .ToList();
        _story = new Story("s", [.. articles]);
        _entities = _pipeline.ArticleStages.Single(s => s.Name == "entities");
        // the first article with only the stages before the entity tagger
        var first = Cleaner.Default.Clean(new ArticleDraft("duc-0.txt", Encoding.UTF8.GetString(docs[0]), new ArticleMetadata()), "a0");
        foreach (var stage in _pipeline.ArticleStages.TakeWhile(s => s != _entities)) first = stage.Process(first);
        _sentenced = first;
        _factLedger = _pipeline.StoryStages.Single(s => s.Name == "fact-ledger");
        _summary = _pipeline.StoryStages.Single(s => s.Name == "summary");
        _publicationDates = _pipeline.StoryStages.Single(s => s.Name == "publication-dates");
        var document = new StoryDocument(_story);
        foreach (var stage in _pipeline.StoryStages.TakeWhile(s => s != _factLedger)) document = stage.Process(document);
        _beforeLedger = document;
    }

    [Benchmark]
    public Article EntitiesOneArticle() => _entities.Process(_sentenced);

    [Benchmark]
    public StoryDocument FactLedgerTenArticleStory() => _factLedger.Process(_beforeLedger);

    [Benchmark]
    public StoryDocument PublicationDatesTenArticleStory() => _publicationDates.Process(new StoryDocument(_story));

    [Benchmark]
    public StoryDocument AllStoryStagesTenArticleStory() => _pipeline.Analyze(_story);
}
