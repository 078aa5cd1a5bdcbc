using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Articles;

/// <summary>
/// One article: an immutable cleaned text plus typed, append-only annotation layers over it.
/// Stages add layers with <see cref="With{T}"/>; none rewrites <see cref="Text"/>, so every
/// span any stage produces stays a valid citation into it.
/// </summary>
public sealed class Article
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    public Article(string id, string source, string text, ArticleMetadata? metadata = null,
        ImmutableArray<Removal> removed = default, OffsetMap? rawMap = null)
        : this(id, source, text, metadata ?? ArticleMetadata.Empty,
               removed.IsDefault ? ImmutableArray<Removal>.Empty : removed,
               rawMap, null, ImmutableDictionary<LayerKey, object>.Empty)
    {
    }

    private Article(string id, string source, string text, ArticleMetadata metadata, ImmutableArray<Removal> removed,
        OffsetMap? rawMap, string? duplicateOf, ImmutableDictionary<LayerKey, object> layers)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Source = source;
        Text = text;
        Metadata = metadata;
        Removed = removed;
        RawMap = rawMap;
        DuplicateOf = duplicateOf;
        _layers = layers;
    }

    /// <summary>Stable id, unique within a run (e.g. <c>a3</c>).</summary>
    public string Id { get; }

    /// <summary>File path or URL it was read from.</summary>
    public string Source { get; }

    /// <summary>The cleaned body text. Citations index into this string (UTF-16, end exclusive).</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    public ImmutableArray<Removal> Removed { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to the raw text the reader produced; null when identical.</summary>
    public OffsetMap? RawMap { get; }

    /// <summary>Id of the earlier article this one copies, if any.</summary>
    public string? DuplicateOf { get; }

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string SliceString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    public IEnumerable<LayerKey> Layers => _layers.Keys;

    /// <summary>The items of a layer; throws when no stage has provided it.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key, out var value)
            ? (ImmutableArray<T>)value
            : throw new InvalidOperationException($"Article {Id} has no '{key.Name}' layer; add the stage that provides it.");

    public ImmutableArray<T> GetOrEmpty<T>(LayerKey<T> key) =>
        _layers.TryGetValue(key, out var value) ? (ImmutableArray<T>)value : ImmutableArray<T>.Empty;

    /// <summary>Returns a copy with one more layer. Layers are append-only: adding one twice is an error.</summary>
    public Article With<T>(LayerKey<T> key, ImmutableArray<T> items)
    {
        if (_layers.ContainsKey(key))
            throw new InvalidOperationException($"Article {Id} already has a '{key.Name}' layer; layers are append-only.");
        return new Article(Id, Source, Text, Metadata, Removed, RawMap, DuplicateOf,
            _layers.Add(key, items.IsDefault ? ImmutableArray<T>.Empty : items));
    }

    /// <summary>
    /// Returns a copy with the layer present and empty: what a stage that was not run on this article (one in a language
    /// it does not read) leaves, so later stages find nothing rather than a missing layer.
    /// </summary>
    public Article WithEmpty(LayerKey key)
    {
        if (_layers.ContainsKey(key))
            throw new InvalidOperationException($"Article {Id} already has a '{key.Name}' layer; layers are append-only.");
        return new Article(Id, Source, Text, Metadata, Removed, RawMap, DuplicateOf, _layers.Add(key, key.EmptyItems));
    }

    /// <summary>Returns a copy with other metadata (metadata is not text: it may be refined, e.g. an inferred date).</summary>
    public Article WithMetadata(ArticleMetadata metadata) =>
        new(Id, Source, Text, metadata, Removed, RawMap, DuplicateOf, _layers);

    public Article WithDuplicateOf(string? duplicateOf) =>
        new(Id, Source, Text, Metadata, Removed, RawMap, duplicateOf, _layers);

    public override string ToString() => $"{Id} ({Metadata.Outlet ?? Source})";
}
