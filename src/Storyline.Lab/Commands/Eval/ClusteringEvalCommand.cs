using Storyline.Lab.Datasets.Clustering;
using Storyline.Stages;
using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Storyline.Lab.Baselines;
using Storyline.Lab.Rendering;
using Storyline.Cluster;
using Storyline.Lab.Evaluation;
using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Lab.Commands.Eval;

/// <summary>
/// <c>storyline eval clustering</c>: BCubed and pairwise scores of the online story grouper on a labelled
/// stream, beside ML.NET k-means given the gold number of stories; and
/// <c>storyline eval clustering-make-duc-stream</c>, which builds the DUC 2004 stream, and
/// <c>storyline eval clustering-make-multinews-stream</c>, which builds the Multi-News one.
/// </summary>
internal static class ClusteringEvalCommand
{
    public static readonly string[] Metrics =
        ["bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1", "predicted_stories", "gold_stories", "articles_per_s"];

    public static Command Create()
    {
        var dataset = new Option<FileInfo>("--dataset") { Description = "UCI News Aggregator CSV or a JSONL stream {id, text, title?, published?, outlet?, story}", Required = true };
        var format = new Option<string?>("--format") { Description = "uci or jsonl (default: from the file extension)" };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the table as JSON to this file" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Skip the reference rows (batch agglomerative with an oracle cut, ML.NET k-means)" };
        var shuffle = new Option<int?>("--shuffle") { Description = "Shuffle the articles with this seed and drop their dates (a content-only check: UCI's timestamps are per-story crawl times)" };
        var noMlNet = new Option<bool>("--no-mlnet") { Description = "Skip only the ML.NET row (the batch oracle rows stay): a fast probe of a representation" };
        var settingsOption = new Option<string[]>("--setting")
        {
            Description = "Override a clusterer setting, NAME=VALUE (repeatable); names: " + string.Join(", ", ClusteringSettingOverrides.Names),
            AllowMultipleArgumentsPerToken = true,
        };
        var viaDigest = new Option<bool>("--via-digest") { Description = "Also score what `storyline digest` does: cleaner, sentence and entity stages, then the digest's grouper (actor consolidation on)" };
        var command = new Command("clustering", "Online story clustering: BCubed and pairwise P/R/F1 against gold stories, with an ML.NET oracle-k k-means reference row.")
        {
            dataset, format, json, noBaseline, noMlNet, viaDigest, shuffle, settingsOption,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(dataset)!;
            if (!file.Exists) { Console.Error.WriteLine($"storyline: dataset {file.FullName} not found"); return 2; }
            var fmt = parse.GetValue(format) ?? (file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "uci" : "jsonl");
            ClusteringDataset data;
            try
            {
                data = fmt switch
                {
                    "uci" => UciNewsReader.Read(file.FullName),
                    "jsonl" => StreamJsonl.Read(file.FullName),
                    _ => throw new FormatException($"unknown format '{fmt}' (use uci or jsonl)"),
                };
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                Console.Error.WriteLine($"storyline: {ex.Message}");
                return 2;
            }
            if (data.Articles.Count == 0)
            {
                Console.Error.WriteLine($"storyline: no articles read from {file.FullName}{(data.Problems.Count > 0 ? " (" + data.Problems[0] + ")" : "")}");
                return 2;
            }

            StoryClustererSettings settings;
            try
            {
                settings = ClusteringSettingOverrides.Apply(StoryClustererSettings.Default, parse.GetValue(settingsOption) ?? []);
            }
            catch (Exception ex) when (ex is FormatException or IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"storyline: {ex.Message}");
                return 2;
            }
            if (parse.GetValue(shuffle) is { } seed) data = ShuffledUndated(data, seed);
            var table = Run(data, file.Name + (parse.GetValue(shuffle) is { } sd ? $", shuffled (seed {sd}), dates dropped" : ""), !parse.GetValue(noBaseline), parse.GetValue(viaDigest),
                settings, parse.GetValue(noMlNet));
            if (parse.GetValue(settingsOption) is { Length: > 0 } overrides) table.Notes.Add($"settings overridden: {string.Join(", ", overrides)}.");
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonFile) EvalTableRenderer.WriteJson(table, jsonFile.FullName);
            return 0;
        });
        return command;
    }

    public static EvalTable Run(ClusteringDataset data, string name, bool baseline, bool viaDigest = false, StoryClustererSettings? settings = null, bool noMlNet = false)
    {
        settings ??= StoryClustererSettings.Default;
        var articles = data.Articles;
        var gold = articles.Select(a => a.Story).ToList();
        int goldCount = gold.Distinct(StringComparer.Ordinal).Count();
        var table = new EvalTable($"Story clustering on {name} ({articles.Count:N0} articles, {goldCount} gold stories)", Metrics);

        var grouper = new OnlineStoryGrouper(settings);
        var input = articles.Select(a => a.Article).ToList();
        grouper.Group(input.Take(Math.Min(200, input.Count)).ToList()); // warm-up (JIT), not timed
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = grouper.Group(input);
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var predicted = articles.Select(a => result.StoryOf[a.Article.Id]).ToList();
        AddRow(table, "storyline", ClusteringMetrics.Score(predicted, gold), articles.Count / watch.Elapsed.TotalSeconds);
        int copies = result.Stories.Sum(s => s.Articles.Count(a => a.DuplicateOf is not null));
        table.Notes.Add($"storyline: {watch.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU ({articles.Count / Math.Max(cpu.TotalSeconds, 1e-3):N0} articles per CPU-second; wall-clock articles_per_s is lower when the machine is shared, load {LoadAverage()}).");
        table.Notes.Add($"storyline: online, one pass in publication order, no k given; {result.Merges} merges, {result.Resumed} quiet stories resumed, {result.Stories.Sum(s => s.Threads.Count(t => t.Relation == Storyline.Stories.StoryThreadLink.Earlier))} thread links, {copies} near-copies marked, {result.Dropped.Length} exact re-submissions dropped (scored with their original's story).");

        if (ThreadNote(result, articles) is { } threads) table.Notes.Add(threads);

        // the gold's own ceiling: a dropped re-submission is scored with its original's story, so identical documents the
        // gold files under two stories cost something in any clustering
        var ceiling = ClusteringCeiling.Best(gold, TieGroups(articles, result));
        AddRow(table, "ceiling (gold, identical documents tied)", ceiling.Scores, null);
        table.Notes.Add($"ceiling: the gold stories, except that each group of identical documents (exact re-submissions, {result.Dropped.Length} here) sits in one story, placed where it costs least: the best any clusterer can score.");

        Storyline.Articles.Article[]? digestArticles = null;
        if (viaDigest) RunOrExplain(table, "storyline via digest path", () =>
        {
            // the digest's path: cleaned text (inferred dates, outlets, titles), entity mentions as names, actor consolidation
            var cleaner = Storyline.Clean.Cleaner.Default;
            var models = new Storyline.Pipeline.ModelStore();
            var stages = new Storyline.Stages.IArticleStage[] { new Storyline.Text.SentenceStage(), new Storyline.Annotate.Entities.EntityStage(models.Entities) };
            var prepared = new Storyline.Articles.Article[input.Count];
            Parallel.For(0, input.Count, i =>
            {
                var a = cleaner.Clean(new Storyline.Ingest.ArticleDraft(input[i].Source, input[i].Text, input[i].Metadata), input[i].Id);
                foreach (var stage in stages) a = stage.Process(a);
                prepared[i] = a;
            });
            digestArticles = prepared;
            var digestGrouper = Storyline.Pipeline.DefaultPipeline.Create(models).Grouper as OnlineStoryGrouper ?? new OnlineStoryGrouper { ConsolidateByActors = true };
            watch.Restart();
            var digestResult = digestGrouper.Group(prepared);
            watch.Stop();
            AddRow(table, "storyline via digest path", ClusteringMetrics.Score(articles.Select(a => digestResult.StoryOf[a.Article.Id]).ToList(), gold), articles.Count / watch.Elapsed.TotalSeconds);
            table.Notes.Add($"via digest path: cleaner + sentence + entity stages (not timed), then the digest's grouper with actor consolidation; {prepared.Count(a => a.Metadata.PublishedInferred)} publication dates inferred from the text (not used for time), the short-article filter of digest not applied.");
        });

        if (baseline) AddBatchOracleRows(table, articles.Select(a => a.Article).ToList(), gold, goldCount, settings, "");
        // the same probe over the digest path's articles: entity mentions as names instead of capitalised words
        if (baseline && digestArticles is not null) AddBatchOracleRows(table, digestArticles, gold, goldCount, settings, " (digest path: cleaned, entity names)");

        const string mlnetRow = "mlnet-featurizetext-kmeans (oracle k)";
        if (baseline && !noMlNet) RunOrExplain(table, mlnetRow, () =>
        {
            watch.Restart();
            var kmeans = MlNetKMeansBaseline.Cluster(articles, goldCount);
            watch.Stop();
            if (kmeans is null) table.AddNotRun(mlnetRow, "no article has text to featurize");
            else
            {
                AddRow(table, mlnetRow, ClusteringMetrics.Score(kmeans, gold), articles.Count / watch.Elapsed.TotalSeconds);
                table.Notes.Add($"mlnet: Microsoft.ML 5.0.1 FeaturizeText + KMeansTrainer, k = gold count ({goldCount}), batch over the whole set, seed 1.");
            }
        }, $" (k = gold count, {goldCount}, over {articles.Count} articles)");
        foreach (var problem in data.Problems.Take(5)) table.Notes.Add($"input: {problem}");
        if (data.Problems.Count > 5) table.Notes.Add($"input: {data.Problems.Count - 5} more problems");
        table.Notes.Add($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; articles_per_s counts clustering only (input already read).");
        return table;
    }

    /// <summary>
    /// Runs one reference system; when it cannot run on this set (ML.NET k-means refuses k above the number of distinct
    /// points with "too few examples", a linkage can meet a degenerate matrix) its row says why and the rest of the table
    /// stands. A reference row is context for the storyline row, never a reason to lose it.
    /// </summary>
    private static void RunOrExplain(EvalTable table, string system, Action run, string context = "")
    {
        try { run(); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            table.AddNotRun(system, $"{ex.GetType().Name}: {ex.Message}{context}");
        }
    }

    /// <summary>Above this many articles the batch oracle rows are skipped: the cosine matrix is n² floats (10,000 → 400 MB).</summary>
    private const int MaxBatchArticles = 10_000;

    /// <summary>
    /// Batch agglomerative clustering over the online clusterer's own TF-IDF features, cut where the gold scores best: how far
    /// a similarity threshold on this representation can go at all, with every article in view and the gold read.
    /// </summary>
    private static void AddBatchOracleRows(EvalTable table, IReadOnlyList<Storyline.Articles.Article> articles, List<string> gold, int goldCount, StoryClustererSettings settings, string suffix)
    {
        if (articles.Count > MaxBatchArticles)
        {
            table.Notes.Add($"batch oracle rows skipped: {articles.Count:N0} articles > {MaxBatchArticles:N0} (the cosine matrix is n² floats).");
            return;
        }
        // ties (pairs sharing no term all have cosine 0) go to the lower index, and a file's order can follow its gold (UCI's rows
        // come in per-story crawl batches): cluster a seeded permutation so that the index carries nothing
        var order = Enumerable.Range(0, articles.Count).ToArray();
        var random = new Random(1);
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        gold = order.Select(i => gold[i]).ToList();
        var watch = Stopwatch.StartNew();
        // built once for the three rows; a failure here (cached by Lazy) becomes each row's reason
        var featureTime = TimeSpan.Zero;
        var lazyVectors = new Lazy<TfIdfVectors>(() =>
        {
            var v = TfIdfVectors.Build(order.Select(i => articles[i]).ToList(), settings);
            featureTime = watch.Elapsed;
            return v;
        });
        foreach (var (linkage, name) in new[] { (Linkage.Average, "average-link"), (Linkage.Complete, "complete-link"), (Linkage.Ward, "Ward") })
        RunOrExplain(table, $"batch {name}, oracle cut{suffix}", () =>
        {
            var vectors = lazyVectors.Value;
            watch.Restart();
            var merges = OracleAgglomerative.Dendrogram(vectors, linkage);
            var elapsed = featureTime + watch.Elapsed;
            var cut = OracleAgglomerative.BestCut(merges, gold);
            AddRow(table, $"batch {name}, oracle cut{suffix}", cut.Scores, articles.Count / elapsed.TotalSeconds);
            int atGold = articles.Count - goldCount;
            string atK = atGold >= 0 && atGold < cut.BCubedF1ByMerges.Length ? $"; at the cut giving the gold count ({goldCount}) BCubed F1 {cut.BCubedF1ByMerges[atGold]:F4}" : "";
            table.Notes.Add($"batch {name}{suffix}: cut after {cut.Merges:N0} of {merges.Count:N0} merges ({(cut.Merges == 0 ? "no merge" : $"linkage similarity ≥ {cut.Similarity:G4}")}), {cut.Scores.PredictedClusters} clusters{atK}; {elapsed.TotalSeconds:F2} s for features, cosine matrix and dendrogram.");
        });
        if (suffix.Length == 0) table.Notes.Add("batch oracle rows: agglomerative clustering (average and complete link over cosines; Ward over the same unit vectors, i.e. by centroids) of the articles' TF-IDF vectors (the online clusterer's terms and weights, IDF from the whole set; articles in a seeded random order, seed 1, so that index tie-breaks read nothing), scored at every merge level; the cut was chosen with the gold labels, so each row is the best any single cut of that dendrogram can score on this representation (an upper bound for thresholding it), not a competitor.");
    }

    /// <summary>How many thread links join two stories whose articles mostly belong to one gold story (a split the link
    /// repairs for a reader) rather than two (a related story); null when the grouper made none.</summary>
    private static string? ThreadNote(Grouping result, IReadOnlyList<LabeledArticle> articles)
    {
        var goldOf = articles.ToDictionary(a => a.Article.Id, a => a.Story, StringComparer.Ordinal);
        var majority = result.Stories.ToDictionary(
            s => s.Id,
            s => s.Articles.Select(a => goldOf.GetValueOrDefault(a.Id)).OfType<string>().GroupBy(g => g, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault(),
            StringComparer.Ordinal);
        var links = result.Stories.SelectMany(s => s.Threads.Where(t => t.Relation == Storyline.Stories.StoryThreadLink.Earlier).Select(t => (s.Id, t.StoryId))).ToList();
        if (links.Count == 0) return null;
        int same = links.Count(l => majority[l.Item1] is { } a && a == majority.GetValueOrDefault(l.Item2));
        return $"thread links: {links.Count} (a later story opened on an earlier quiet one's words), {same} of them between two stories of the same gold story (the rest: related stories of different gold stories).";
    }

    /// <summary>The articles in a seeded random order without dates: what content alone can do, whatever the order or timestamps leak.</summary>
    private static ClusteringDataset ShuffledUndated(ClusteringDataset data, int seed)
    {
        var list = data.Articles
            .Select(a => a with { Article = new Storyline.Articles.Article(a.Article.Id, a.Article.Source, a.Article.Text, a.Article.Metadata with { Published = null, PublishedInferred = false }) })
            .ToList();
        var random = new Random(seed);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return new ClusteringDataset(list, data.Problems);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }

    /// <summary>Each article's group of identical documents (an exact re-submission and the article it repeats), by the root article's id.</summary>
    private static List<string?> TieGroups(IReadOnlyList<LabeledArticle> articles, Grouping result)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string id)
        {
            while (parent.TryGetValue(id, out var p) && p != id) id = p;
            return id;
        }
        foreach (var dropped in result.Dropped) parent[Root(dropped.Article.Id)] = Root(dropped.DuplicateOf);
        return articles.Select(a => (string?)Root(a.Article.Id)).ToList();
    }

    private static void AddRow(EvalTable table, string system, ClusteringScores s, double? perSecond) =>
        table.Add(system, new Dictionary<string, double?>
        {
            ["bcubed_p"] = s.BCubedPrecision,
            ["bcubed_r"] = s.BCubedRecall,
            ["bcubed_f1"] = s.BCubedF1,
            ["pairwise_p"] = s.PairwisePrecision,
            ["pairwise_r"] = s.PairwiseRecall,
            ["pairwise_f1"] = s.PairwiseF1,
            ["predicted_stories"] = s.PredictedClusters,
            ["gold_stories"] = s.GoldClusters,
            ["articles_per_s"] = perSecond,
        });

    /// <summary><c>storyline eval clustering-make-duc-stream</c>: DUC 2004 clusters → shuffled JSONL stream.</summary>
    public static Command CreateMakeDucStream()
    {
        var duc = new Option<FileInfo>("--duc") { Description = "DUC 2004 task2.jsonl ({cluster_id, documents[]} per line)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "JSONL stream to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed", DefaultValueFactory = _ => 1 };
        var command = new Command("clustering-make-duc-stream", "Build the shuffled DUC 2004 clustering stream (gold story = DUC cluster) as JSONL.") { duc, output, seed };
        command.SetAction(parse => WriteStream(parse.GetValue(duc)!, parse.GetValue(output)!, path => DucStreamBuilder.Build(path, parse.GetValue(seed))));
        return command;
    }

    /// <summary><c>storyline eval clustering-make-dated-duc-stream</c>: DUC 2004 clusters spread over weeks with quiet spells → dated JSONL stream.</summary>
    public static Command CreateMakeDatedDucStream()
    {
        var duc = new Option<FileInfo>("--duc") { Description = "DUC 2004 task2.jsonl ({cluster_id, documents[]} per line)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "JSONL stream to write (with publication dates, in publication order)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the invented dates", DefaultValueFactory = _ => 1 };
        var command = new Command("clustering-make-dated-duc-stream",
            "Build a dated DUC 2004 stream: each cluster in 2–3 bursts of ≤ 2 days, 10–35 quiet days apart, clusters starting within 90 days (gold story = DUC cluster).")
            { duc, output, seed };
        command.SetAction(parse => WriteStream(parse.GetValue(duc)!, parse.GetValue(output)!, path => DatedDucStreamBuilder.Build(path, parse.GetValue(seed))));
        return command;
    }

    /// <summary><c>storyline eval clustering-make-multinews-stream</c>: Multi-News validation clusters → shuffled JSONL stream.</summary>
    public static Command CreateMakeMultiNewsStream()
    {
        var dataset = new Option<FileInfo>("--dataset") { Description = "Multi-News JSONL ({idx, documents[], summary} per line), e.g. ../shared/data/multinews/val-trunc500.jsonl", Required = true };
        var clusters = new Option<int>("--clusters") { Description = "How many clusters to draw", DefaultValueFactory = _ => 400 };
        var output = new Option<FileInfo>("--out") { Description = "JSONL stream to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw and the shuffle", DefaultValueFactory = _ => 1 };
        var command = new Command("clustering-make-multinews-stream", "Build a shuffled clustering stream from Multi-News clusters (gold story = cluster: one event, several outlets) as JSONL.") { dataset, clusters, output, seed };
        command.SetAction(parse =>
        {
            if (parse.GetValue(clusters) < 1) { Console.Error.WriteLine("storyline: --clusters must be at least 1"); return 2; }
            return WriteStream(parse.GetValue(dataset)!, parse.GetValue(output)!, path => MultiNewsStreamBuilder.Build(path, parse.GetValue(clusters), parse.GetValue(seed)));
        });
        return command;
    }

    /// <summary>Builds a labelled stream from <paramref name="source"/> and writes it as JSONL: exit 0, or 2 with the
    /// reason when the source is missing or malformed.</summary>
    private static int WriteStream(FileInfo source, FileInfo target, Func<string, IReadOnlyList<LabeledArticle>> build)
    {
        if (!source.Exists) { Console.Error.WriteLine($"storyline: {source.FullName} not found"); return 2; }
        IReadOnlyList<LabeledArticle> stream;
        try { stream = build(source.FullName); }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"storyline: {ex.Message}");
            return 2;
        }
        StreamJsonl.Write(target.FullName, stream);
        Console.WriteLine($"wrote {stream.Count} articles in {stream.Select(a => a.Story).Distinct().Count()} stories to {target.FullName}");
        return 0;
    }
}
