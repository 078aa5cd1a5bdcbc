using Storyline.Articles;

namespace Storyline.Stories;

/// <summary>
/// Names one section of a <see cref="StoryDocument"/> (entities, facts, figures, the summary...), the way a
/// <see cref="LayerKey"/> names an article layer. Keys are compared by reference: each section has exactly one static
/// key, declared beside its value type by the stage folder that owns it, so a new section needs no change here.
/// </summary>
public abstract class SectionKey : Feature
{
    private protected SectionKey(string name) : base(name) { }

    public abstract Type ValueType { get; }
}

/// <summary>A section whose value is of type <typeparamref name="T"/>.</summary>
public sealed class SectionKey<T> : SectionKey where T : notnull
{
    public SectionKey(string name) : base(name) { }

    public override Type ValueType => typeof(T);
}
