using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Datasets.Clustering;
using Storyline.Annotate.Entities;
using Storyline.Cluster;
using Storyline.Ingest.Html;
using Storyline.Lab.Evaluation.Clustering;
using Storyline.Lab.Evaluation.Extraction;
using Storyline.Lab.Evaluation.Ner;
using Storyline.Lab.Evaluation.Quotes;
using Storyline.Lab.Evaluation.Time;
using Storyline.Summarize;
using Storyline.Pipeline;

namespace Storyline.Lab.Evaluation.Gate;

/// <summary>
/// How each gated evaluation is measured: the same code paths as <c>storyline-lab eval …</c>, returning the metrics the
/// baseline pins. Keyed by the eval names of <c>evals/baseline.json</c>.
/// </summary>
public static class GateMeasurements
{
    public static IReadOnlyDictionary<string, Func<string, IReadOnlyDictionary<string, double>>> All { get; } =
        new Dictionary<string, Func<string, IReadOnlyDictionary<string, double>>>(StringComparer.Ordinal)
        {
            ["summarization"] = Summarization,
            ["extraction"] = Extraction,
            ["ner"] = Ner,
            ["quotes"] = Quotes,
            ["timex"] = Timex,
            ["clustering-duc"] = ClusteringDuc,
            ["clustering-uci"] = ClusteringUci,
        };

    private static string Data(string shared, params string[] parts) => Path.Combine([shared, "data", .. parts]);

    private static IReadOnlyDictionary<string, double> Summarization(string shared)
    {
        var result = SummarizationEvaluation.Run(new SummarizationEvalOptions(
            Data(shared, "duc2004", "task2.jsonl"), 100, Data(shared, "rouge"), SummarizerSettings.Default, new ModelStore().Summarizer.Value));
        var row = result.Table.Rows.Single(r => r.System == "storyline").Values;
        return new Dictionary<string, double> { ["rouge1_r"] = row["rouge1_r"]!.Value, ["rouge2_r"] = row["rouge2_r"]!.Value };
    }

    private static IReadOnlyDictionary<string, double> Extraction(string shared)
    {
        var dir = Data(shared, "extraction", "scrapinghub");
        var truth = BenchmarkFiles.ReadBodies(Path.Combine(dir, "ground-truth.json"));
        var urls = BenchmarkFiles.ReadUrls(Path.Combine(dir, "ground-truth.json"));
        var scores = new List<ShingleScore>();
        foreach (var (id, expected) in truth)
        {
            var html = HtmlCharset.Decode(BenchmarkFiles.ReadPage(Path.Combine(dir, "html"), id)).Text;
            var url = Uri.TryCreate(urls.GetValueOrDefault(id), UriKind.Absolute, out var u) ? u : null;
            scores.Add(ShingleMetric.Score(expected, HtmlExtractor.Extract(html, url).Body));
        }
        var total = ShingleMetric.Aggregate(scores);
        return new Dictionary<string, double> { ["f1"] = total.F1, ["accuracy"] = total.Accuracy };
    }

    private static IReadOnlyDictionary<string, double> Ner(string shared)
    {
        var result = NerEvaluation.Run(new ModelStore().Entities.Value, ConllReader.ReadFile(Data(shared, "ner", "conll2003", "eng.testb")));
        return new Dictionary<string, double> { ["f1"] = result.Score.Overall.F1 };
    }

    private static IReadOnlyDictionary<string, double> Quotes(string shared)
    {
        var result = QuoteEvaluation.Run(PolnearDataset.Load(Data(shared, "quotes", "polnear", "attributions-train-dev.jsonl"), "dev"));
        return new Dictionary<string, double>
        {
            ["direct_f1"] = result.Direct.F1, ["direct_source_accuracy"] = result.Direct.SourceAccuracy, ["all_f1"] = result.All.F1,
        };
    }

    private static IReadOnlyDictionary<string, double> Timex(string shared)
    {
        var (docs, problem) = TimexDatasetReader.Read(Data(shared, "time", "tempeval3", "timex3-train.jsonl"));
        if (problem is not null) throw new InvalidDataException(problem.Reason);
        var table = TimexEvaluation.Run(docs, baseline: false);
        double Value(string system) => table.Rows.Single(r => r.System == system).Values["value_f1"]!.Value;
        return new Dictionary<string, double> { ["value_f1"] = Value("storyline"), ["value_f1_held_out"] = Value("storyline/held-out") };
    }

    private static double BCubed(IReadOnlyList<LabeledArticle> data)
    {
        var result = new OnlineStoryGrouper().Group(data.Select(a => a.Article).ToList());
        return ClusteringMetrics.Score(data.Select(a => result.StoryOf[a.Article.Id]).ToList(), data.Select(a => a.Story).ToList()).BCubedF1;
    }

    private static IReadOnlyDictionary<string, double> ClusteringDuc(string shared)
    {
        var path = Data(shared, "duc2004", "task2.jsonl");
        return new Dictionary<string, double>
        {
            ["bcubed_f1_seed1"] = BCubed(DucStreamBuilder.Build(path, 1)),
            ["bcubed_f1_seed2"] = BCubed(DucStreamBuilder.Build(path, 2)),
            ["bcubed_f1_seed3"] = BCubed(DucStreamBuilder.Build(path, 3)),
        };
    }

    private static IReadOnlyDictionary<string, double> ClusteringUci(string shared)
    {
        var articles = UciNewsReader.Read(Data(shared, "clustering", "uci-news-subset.csv")).Articles;
        // content only: UCI's timestamps are per-story crawl times, so this is the number a time rule cannot inflate
        // (the same shuffle as `eval clustering --shuffle 1`)
        var shuffled = articles
            .Select(a => a with { Article = new Storyline.Articles.Article(a.Article.Id, a.Article.Source, a.Article.Text, a.Article.Metadata with { Published = null, PublishedInferred = false }) })
            .ToList();
        var random = new Random(1);
        for (int i = shuffled.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }
        return new Dictionary<string, double> { ["bcubed_f1"] = BCubed(articles), ["bcubed_f1_shuffled"] = BCubed(shuffled) };
    }
}
