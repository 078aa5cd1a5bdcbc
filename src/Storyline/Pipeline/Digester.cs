using Storyline.Problems;
using Storyline.Stories;
using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Stages;
using Storyline.Text;

namespace Storyline.Pipeline;

/// <summary>
/// Runs the whole job: inputs → readers → cleaner → article stages → grouping → story stages.
/// A failure in one input or article becomes a <see cref="Problem"/>; the rest goes on.
/// </summary>
public sealed class Digester
{
    private readonly DigestOptions _options;
    private readonly StorylinePipeline _pipeline;

    /// <param name="options">How to read and analyse; without a pipeline, the default stages over a store of the shipped
    /// models of its own (loaded on first use), so create one <see cref="ModelStore"/> and pipeline at the edge for many runs.</param>
    public Digester(DigestOptions? options = null)
    {
        _options = options ?? new DigestOptions();
        _pipeline = _options.Pipeline ?? DefaultPipeline.Create(new ModelStore());
    }

    /// <summary>Digests files, folders, globs, URLs and <c>-</c> (standard input, from <see cref="DigestOptions.StandardInput"/>).</summary>
    public DigestResult Run(IEnumerable<string> inputs, IProgress<DigestProgress>? progress = null)
    {
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var paths = new List<string>();
        var urls = new List<string>();
        bool stdin = false;
        foreach (var input in inputs)
        {
            switch (InputAddress.Classify(input, out var path))
            {
                case InputKind.Url: urls.Add(input); break;
                case InputKind.StandardInput: stdin = true; break;
                case InputKind.Path: paths.Add(path); break;
                default:
                    problems.Add(new Problem(input, $"cannot read '{InputAddress.Scheme(input)}:' addresses: give a file, a folder, a pattern, an http(s) URL or - (standard input)", ProblemCodes.UrlUnsupported));
                    break;
            }
        }
        var collected = InputCollector.Collect(paths);
        problems.AddRange(collected.Problems);

        // every input loads to a document or a problem (standard input, files and URLs alike)
        var documents = new List<Func<LoadResult>>();
        if (stdin)
            documents.Add(() =>
            {
                if (_options.StandardInput is null) return LoadResult.Failed("-", "standard input is not available here", ProblemCodes.InputUnreadable);
                using var stream = _options.StandardInput();
                return InputLoader.Load("-", stream, _options.MaxInputBytes);
            });
        foreach (var file in collected.Files)
        {
            var path = file;
            documents.Add(() => InputLoader.Load(path, _options.MaxInputBytes));
        }
        foreach (var url in urls)
        {
            var u = url;
            documents.Add(() => _options.Fetcher is { } fetcher
                ? fetcher.Fetch(u)
                : LoadResult.Failed(u, "fetching URLs is not enabled in this build", ProblemCodes.FetchDisabled));
        }
        var drafts = new List<ArticleDraft>();
        int done = 0;
        var timings = _options.Timings;
        using (var phase = timings?.Phase("read"))
        {
            foreach (var load in documents)
            {
                var start = StageTimings.Start();
                var loaded = load();
                timings?.Add("load", start);
                if (loaded.Problem is { } problem) problems.Add(problem);
                start = StageTimings.Start();
                if (loaded.Document is { } doc)
                {
                    var read = Read(doc);
                    drafts.AddRange(read.Drafts);
                    problems.AddRange(read.Problems);
                }
                timings?.Add("read", start);
                progress?.Report(new DigestProgress("read", ++done, documents.Count));
            }
            if (phase is not null) phase.Items = documents.Count;
        }
        var result = RunDrafts(drafts, progress);
        return result with { Problems = problems.ToImmutable().AddRange(result.Problems) };
    }

    /// <summary>Reads one document with the best-fitting reader: its drafts, and every problem on the way (a decoding
    /// warning, no text, no reader, and the reader's own).</summary>
    public ReadResult Read(InputDocument document)
    {
        var decoded = TextDecoder.Decode(document.Bytes.Span, document.Source);
        ImmutableArray<Problem> warnings = decoded.Problem is { } warning ? [warning] : [];
        if (decoded.Decoded is not { } text) return new ReadResult([], warnings);
        if (string.IsNullOrWhiteSpace(text.Text))
            return new ReadResult([], warnings.Add(new Problem(document.Source, "no text (only white space)", ProblemCodes.InputBlank)));
        var head = text.Text.AsSpan(0, Math.Min(text.Text.Length, 2048));
        var reader = ReaderRegistry.Choose(_options.Readers, document, head);
        if (reader is null)
            return new ReadResult([], warnings.Add(new Problem(document.Source,
                $"no reader for this kind of file ({(document.Extension.Length > 0 ? document.Extension : "no extension")})", ProblemCodes.NoReader)));
        ReadResult read;
        // readers return their problems; an exception here is a defect in a reader, reported like one
        try { read = reader.Read(document, text.Text); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ReadResult([], warnings.Add(new Problem(document.Source, $"could not be read as {reader.Name}: {ex.Message}", ProblemCodes.ReaderFailed)));
        }
        return read with { Problems = warnings.AddRange(read.Problems) };
    }

    /// <summary>
    /// A notice for an article some stages did not read because of its language (the pipeline left them out), or null
    /// when every stage read it: analysis left undone is said, never silent.
    /// </summary>
    private Problem? LanguageNotice(Article article)
    {
        var language = LanguageDetector.Of(article);
        var skipped = _pipeline.StagesNotReading(language).ToList();
        if (skipped.Count == 0) return null;
        var read = skipped.SelectMany(s => s.Languages.Codes).Distinct().Order(StringComparer.Ordinal).Select(LanguageDetector.NameOf);
        var stages = string.Join(", ", skipped.Select(s => s.Name));
        var them = $"(they read {string.Join(" or ", read)} only)";
        return language is null
            ? new Problem(article.Source, $"its language could not be told, so these were not run on it: {stages} {them}", ProblemCodes.LanguageUnknown)
            : new Problem(article.Source, $"written in {LanguageDetector.NameOf(language)} ({language}), so these were not run on it: {stages} {them}", ProblemCodes.LanguageUnsupported);
    }

    /// <summary>Cleans, annotates, groups and analyses drafts already read.</summary>
    public DigestResult RunDrafts(IReadOnlyList<ArticleDraft> drafts, IProgress<DigestProgress>? progress = null)
    {
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var timings = _options.Timings;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism ?? Environment.ProcessorCount };
        var cleaned = new List<Article>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        using (var phase = timings?.Phase("clean"))
        {
            int done = 0;
            foreach (var draft in drafts)
            {
                progress?.Report(new DigestProgress("clean", done++, drafts.Count));
                var id = ArticleIds.Unique(ArticleIds.For(draft.Metadata.Url, draft.Metadata.Outlet, draft.Body), taken);
                Article article;
                var start = StageTimings.Start();
                try { article = _options.Cleaner.Clean(draft, id); }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    problems.Add(new Problem(draft.Source, "could not be cleaned: " + ex.Message, ProblemCodes.CleanFailed));
                    continue;
                }
                finally { timings?.Add("clean", start); }
                int words = WordCount.Of(article.Text);
                if (words < _options.MinArticleWords)
                {
                    problems.Add(words == 0
                        ? new Problem(draft.Source, "no article text left after removing boilerplate", ProblemCodes.ArticleEmpty)
                        : new Problem(draft.Source, $"too short to analyse ({words} words of article text after cleaning)", ProblemCodes.ArticleTooShort));
                    continue;
                }
                cleaned.Add(article);
            }
            progress?.Report(new DigestProgress("clean", drafts.Count, drafts.Count));
            if (phase is not null) phase.Items = drafts.Count;
        }

        var annotated = new Article?[cleaned.Count];
        var errors = new string?[cleaned.Count];
        using (var phase = timings?.Phase("annotate"))
        {
            int finished = 0;
            progress?.Report(new DigestProgress("annotate", 0, cleaned.Count));
            Parallel.For(0, cleaned.Count, parallel, i =>
            {
                try { annotated[i] = _pipeline.Annotate(cleaned[i], timings); }
                catch (Exception ex) when (ex is not OutOfMemoryException) { errors[i] = ex.Message; }
                progress?.Report(new DigestProgress("annotate", Interlocked.Increment(ref finished), cleaned.Count));
            });
            if (phase is not null) phase.Items = cleaned.Count;
        }
        var articles = new List<Article>();
        for (int i = 0; i < cleaned.Count; i++)
        {
            if (annotated[i] is { } a) articles.Add(a);
            else problems.Add(new Problem(cleaned[i].Source, "analysis failed: " + errors[i], ProblemCodes.AnalysisFailed));
        }
        // the annotated articles replace the cleaned ones: let those go
        cleaned.Clear();
        Array.Clear(annotated);

        Grouping grouping;
        using (var phase = timings?.Phase("group"))
        {
            var start = StageTimings.Start();
            grouping = _pipeline.Grouper.Group(articles, progress is null ? null : new GroupProgress(progress, articles.Count));
            var droppedIds = grouping.Dropped.Select(d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var dropped in grouping.Dropped)
                problems.Add(new Problem(dropped.Article.Source, $"the same article as {dropped.DuplicateOf} (same URL or same text from the same outlet); not stored twice", ProblemCodes.DuplicateArticle));
            if (droppedIds.Count > 0) articles.RemoveAll(a => droppedIds.Contains(a.Id));
            timings?.Add("group", start);
            if (phase is not null) phase.Items = articles.Count;
        }
        var stories = grouping.Stories;
        // the grouper marks copies (DuplicateOf): report the articles as grouped
        var grouped = stories.SelectMany(s => s.Articles).ToDictionary(a => a.Id);
        var analyses = new StoryDocument?[stories.Length];
        using (var phase = timings?.Phase("analyse"))
        {
            int finished = 0;
            progress?.Report(new DigestProgress("analyse", 0, stories.Length));
            // largest stories first, so a big one does not start last and leave the other cores idle
            var order = Enumerable.Range(0, stories.Length).OrderByDescending(i => stories[i].Articles.Length).ThenBy(i => i).ToArray();
            Parallel.ForEach(order, parallel, i =>
            {
                try { analyses[i] = _pipeline.Analyze(stories[i], timings); }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    lock (problems) problems.Add(new Problem($"story {stories[i].Id}", "story analysis failed: " + ex.Message, ProblemCodes.StoryAnalysisFailed));
                }
                progress?.Report(new DigestProgress("analyse", Interlocked.Increment(ref finished), stories.Length));
            });
            if (phase is not null) phase.Items = stories.Length;
        }
        var finalArticles = articles.Select(a => grouped.TryGetValue(a.Id, out var g) ? g : a).ToImmutableArray();
        foreach (var article in finalArticles)
            if (LanguageNotice(article) is { } notice) problems.Add(notice);
        return new DigestResult(finalArticles, [.. analyses.Where(a => a is not null)!], problems.ToImmutable());
    }

    /// <summary>Articles fed to the grouper so far, as digest progress.</summary>
    private sealed class GroupProgress(IProgress<DigestProgress> progress, int total) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new DigestProgress("group", value, total));
    }
}
