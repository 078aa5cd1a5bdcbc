using System.Collections.Immutable;

namespace Storyline.Articles;

/// <summary>
/// Names one annotation layer of an <see cref="Article"/> (sentences, entities, quotes...).
/// Keys are compared by reference: each layer has exactly one static key, declared beside its item type.
/// </summary>
public abstract class LayerKey : Feature
{
    private protected LayerKey(string name) : base(name) { }

    public abstract Type ItemType { get; }

    /// <summary>The layer with no items (boxed like every layer), for a stage that was not run on an article.</summary>
    internal abstract object EmptyItems { get; }
}

/// <summary>A layer whose items are of type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
{
    public LayerKey(string name) : base(name) { }

    public override Type ItemType => typeof(T);

    internal override object EmptyItems => ImmutableArray<T>.Empty;
}
