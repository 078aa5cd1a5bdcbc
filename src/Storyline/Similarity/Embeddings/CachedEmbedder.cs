using System.Collections.Concurrent;

namespace Storyline.Similarity.Embeddings;

/// <summary>
/// Remembers the embeddings of the last texts it was asked for, so a sentence that several stages or story versions
/// compare is embedded once. Bounded: when it holds <c>capacity</c> texts, the older half is dropped (a cheap stand-in
/// for least-recently-used order that keeps memory flat). Thread-safe; one instance per run, beside its model.
/// </summary>
public sealed class CachedEmbedder : ISentenceEmbedder
{
    private readonly ISentenceEmbedder _inner;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;
    private readonly object _evicting = new();

    /// <param name="inner">The model.</param>
    /// <param name="capacity">How many texts to keep. A sentence with its word pieces takes about 50 kB: 4,096 keep
    /// about 200 MB at most.</param>
    public CachedEmbedder(ISentenceEmbedder inner, int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _inner = inner;
        _capacity = capacity;
    }

    public string Name => _inner.Name;

    public int Dimensions => _inner.Dimensions;

    /// <summary>How many texts are held now.</summary>
    public int Count => _entries.Count;

    /// <summary>How many texts the model was asked to embed so far (misses).</summary>
    public long Embedded => Interlocked.Read(ref _embedded);
    private long _embedded;

    public IReadOnlyList<SentenceEmbedding> Embed(IReadOnlyList<string> texts)
    {
        var result = new SentenceEmbedding[texts.Count];
        var missing = new List<int>();
        for (int i = 0; i < texts.Count; i++)
        {
            if (_entries.TryGetValue(texts[i], out var entry))
            {
                entry.LastUse = Interlocked.Increment(ref _clock);
                result[i] = entry.Embedding;
            }
            else missing.Add(i);
        }
        if (missing.Count == 0) return result;
        // one text asked twice in one call is embedded once
        var distinct = missing.Select(i => texts[i]).Distinct(StringComparer.Ordinal).ToList();
        var embedded = _inner.Embed(distinct);
        Interlocked.Add(ref _embedded, distinct.Count);
        var byText = new Dictionary<string, SentenceEmbedding>(StringComparer.Ordinal);
        for (int k = 0; k < distinct.Count; k++)
        {
            byText[distinct[k]] = embedded[k];
            _entries[distinct[k]] = new Entry(embedded[k]) { LastUse = Interlocked.Increment(ref _clock) };
        }
        foreach (int i in missing) result[i] = byText[texts[i]];
        if (_entries.Count > _capacity) Evict();
        return result;
    }

    private void Evict()
    {
        lock (_evicting)
        {
            if (_entries.Count <= _capacity) return;
            var oldest = _entries.OrderBy(kv => kv.Value.LastUse).Take(_entries.Count - _capacity / 2).Select(kv => kv.Key).ToList();
            foreach (var text in oldest) _entries.TryRemove(text, out _);
        }
    }

    private sealed class Entry(SentenceEmbedding embedding)
    {
        public SentenceEmbedding Embedding { get; } = embedding;
        public long LastUse;
    }
}
