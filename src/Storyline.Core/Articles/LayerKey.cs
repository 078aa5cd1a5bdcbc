namespace Storyline.Articles;

/// <summary>
/// Names one annotation layer of an <see cref="Article"/> (sentences, entities, quotes...).
/// Keys are compared by reference: each layer has exactly one static key, declared beside its item type.
/// </summary>
public abstract class LayerKey : Feature
{
    private protected LayerKey(string name) : base(name) { }

    public abstract Type ItemType { get; }
}

/// <summary>A layer whose items are of type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
{
    public LayerKey(string name) : base(name) { }

    public override Type ItemType => typeof(T);
}
