using System.Runtime.InteropServices;

namespace Storyline.Cluster;

/// <summary>What <see cref="CopyDetector"/> found for an incoming article.</summary>
internal enum CopyKind : byte
{
    None,
    /// <summary>Same URL, or the same text from the same (or an unknown) outlet: the article was submitted twice.</summary>
    Exact,
    /// <summary>Another outlet's copy of an earlier article (a wire story re-posted, possibly edited).</summary>
    Near,
}

internal readonly record struct CopyMatch(CopyKind Kind, CopyEntry? Original);

/// <summary>One indexed article.</summary>
internal sealed class CopyEntry
{
    public required string ArticleId { get; init; }
    /// <summary>The earliest article this one copies (itself when it is an original).</summary>
    public required CopyEntry Root { get; set; }
    public StoryState? Story { get; set; }
    /// <summary>The story member this article is (or, for a near-copy, belongs to) while its story can still be re-split.</summary>
    public StoryMember? Member { get; set; }
    /// <summary>Dropped (emptied) when the article leaves the near-copy window, to keep only the exact keys for longer.</summary>
    public required ulong[] Anchors { get; set; }
    public required ulong TextHash { get; init; }
    public required string? UrlKey { get; init; }
    public required long Time { get; set; }
    public required string? Outlet { get; init; }
    internal int Stamp;
    internal int Shared;
}

/// <summary>
/// Finds exact re-submissions (normalised URL, text hash) and near-copies (containment of sampled
/// five-word shingles, found through an inverted index of those samples) among the articles of a sliding
/// time window. Memory is bounded by the number of articles in the window.
/// </summary>
internal sealed class CopyDetector
{
    private sealed class Posting
    {
        public readonly List<CopyEntry> Entries = new(2);
        public int Seen;
    }

    private readonly CopyDetectorSettings _settings;
    private readonly Dictionary<string, CopyEntry> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, CopyEntry> _byText = new();
    private readonly Dictionary<ulong, Posting> _postings = new();
    private readonly Queue<CopyEntry> _nearQueue = new();
    private readonly Queue<CopyEntry> _exactQueue = new();
    private readonly List<CopyEntry> _candidates = new();
    private int _stamp;

    public CopyDetector(CopyDetectorSettings settings) => _settings = settings;

    /// <summary>Articles whose anchors are indexed (the near-copy window).</summary>
    public int IndexedArticles => _nearQueue.Count;

    /// <summary>Articles remembered for exact re-submission.</summary>
    public int RememberedArticles => _exactQueue.Count;

    public CopyMatch Find(ArticleFeatures features, string? urlKey, string? outlet)
    {
        if (urlKey is not null && _byUrl.TryGetValue(urlKey, out var sameUrl))
            return new CopyMatch(CopyKind.Exact, sameUrl);
        if (features.WordCount > 0 && _byText.TryGetValue(features.TextHash, out var sameText))
        {
            var otherOutlet = sameText.Outlet;
            bool sameSource = outlet is null || otherOutlet is null || string.Equals(outlet, otherOutlet, StringComparison.OrdinalIgnoreCase);
            return new CopyMatch(sameSource ? CopyKind.Exact : CopyKind.Near, sameText);
        }
        var anchors = features.Anchors;
        if (anchors.Length < _settings.MinSharedAnchors) return default;

        _stamp++;
        _candidates.Clear();
        foreach (var anchor in anchors)
        {
            if (!_postings.TryGetValue(anchor, out var posting) || posting.Seen > _settings.MaxPostingLength) continue;
            foreach (var entry in CollectionsMarshal.AsSpan(posting.Entries))
            {
                if (entry.Stamp != _stamp) { entry.Stamp = _stamp; entry.Shared = 0; _candidates.Add(entry); }
                entry.Shared++;
            }
        }
        CopyEntry? best = null;
        double bestScore = 0;
        foreach (var c in _candidates)
        {
            if (c.Shared < _settings.MinSharedAnchors) continue;
            double containment = (double)c.Shared / Math.Min(anchors.Length, c.Anchors.Length);
            // ties go to the earlier article: candidates are visited in index order, so compare strictly
            if (containment >= _settings.MinContainment && (containment > bestScore || (containment == bestScore && c.Time < best!.Time)))
            {
                best = c;
                bestScore = containment;
            }
        }
        return best is null ? default : new CopyMatch(CopyKind.Near, best);
    }

    public void Add(CopyEntry entry)
    {
        if (entry.UrlKey is not null) _byUrl.TryAdd(entry.UrlKey, entry);
        _byText.TryAdd(entry.TextHash, entry);
        _exactQueue.Enqueue(entry);
        if (entry.Anchors.Length < _settings.MinSharedAnchors) return;
        foreach (var anchor in entry.Anchors)
        {
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, anchor, out _);
            posting ??= new Posting();
            posting.Seen++;
            if (posting.Seen <= _settings.MaxPostingLength) posting.Entries.Add(entry);
        }
        _nearQueue.Enqueue(entry);
    }

    /// <summary>The clock started (first dated article): undated entries so far are taken to be from now.</summary>
    public void StartClock(long now)
    {
        foreach (var entry in _exactQueue) entry.Time = Math.Max(entry.Time, now);
        foreach (var entry in _nearQueue) entry.Time = Math.Max(entry.Time, now);
    }

    /// <summary>Forgets articles older than the windows (articles arrive in time order, so queues suffice).</summary>
    public void Evict(long now)
    {
        long nearLimit = now - _settings.CopyWindow.Ticks;
        while (_nearQueue.Count > 0 && _nearQueue.Peek().Time < nearLimit)
        {
            var entry = _nearQueue.Dequeue();
            foreach (var anchor in entry.Anchors)
            {
                if (!_postings.TryGetValue(anchor, out var posting)) continue;
                posting.Entries.Remove(entry);
                if (posting.Entries.Count == 0) _postings.Remove(anchor);
            }
            entry.Anchors = [];
            entry.Story = null;
            entry.Member = null;
        }
        long exactLimit = now - _settings.ExactWindow.Ticks;
        while (_exactQueue.Count > 0 && _exactQueue.Peek().Time < exactLimit)
        {
            var entry = _exactQueue.Dequeue();
            if (entry.UrlKey is not null && _byUrl.TryGetValue(entry.UrlKey, out var u) && ReferenceEquals(u, entry)) _byUrl.Remove(entry.UrlKey);
            if (_byText.TryGetValue(entry.TextHash, out var t) && ReferenceEquals(t, entry)) _byText.Remove(entry.TextHash);
        }
    }
}
