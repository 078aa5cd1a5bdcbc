namespace Storyline.Articles;

/// <summary>
/// Something a stage provides and others require: an article layer (<see cref="LayerKey"/>) or a story section
/// (<c>Stories.SectionKey</c>). Compared by reference: each has exactly one static key, declared beside its item type.
/// </summary>
public abstract class Feature
{
    protected Feature(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
