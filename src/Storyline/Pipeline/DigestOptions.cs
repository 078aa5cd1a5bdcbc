using System.Collections.Immutable;
using Storyline.Clean;
using Storyline.Ingest;

namespace Storyline.Pipeline;

/// <summary>How a digest run reads, cleans and analyses its inputs.</summary>
public sealed record DigestOptions
{
    /// <summary>Inputs larger than this are refused with a problem, not loaded: 50 MiB is ~100× the largest news page seen.</summary>
    public long MaxInputBytes { get; init; } = 50L * 1024 * 1024;

    public ImmutableArray<IArticleReader> Readers { get; init; } = ReaderRegistry.Default;

    public Cleaner Cleaner { get; init; } = Cleaner.Default;

    public StorylinePipeline? Pipeline { get; init; }

    /// <summary>Fetches http(s) inputs; null means URLs are reported as unsupported.</summary>
    public IDocumentFetcher? Fetcher { get; init; }

    /// <summary>Opens standard input for the input <c>-</c>; null means <c>-</c> is reported as unavailable.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Articles whose cleaned text is shorter than this many words are reported, not analysed.</summary>
    public int MinArticleWords { get; init; } = 15;

    /// <summary>
    /// How many articles (and stories) are analysed at once; null means one per core. The report does not depend on it:
    /// every stage is pure and results are kept in input order.
    /// </summary>
    public int? MaxParallelism { get; init; }

    /// <summary>When set, the run adds the time of every step to it (<c>digest --timings</c>).</summary>
    public StageTimings? Timings { get; init; }
}
