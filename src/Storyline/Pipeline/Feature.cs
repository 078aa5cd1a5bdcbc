namespace Storyline.Pipeline;

/// <summary>
/// Something a stage provides and others require: an article layer (<see cref="Articles.LayerKey"/>)
/// or a story section (<see cref="StorySection"/>). Compared by reference.
/// </summary>
public abstract class Feature
{
    protected Feature(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}

/// <summary>A part of a story's analysis (summary, entities, facts...) that a story stage fills.</summary>
public sealed class StorySection : Feature
{
    private StorySection(string name) : base(name) { }

    public static readonly StorySection Summary = new("summary");
    public static readonly StorySection Headline = new("headline");
    public static readonly StorySection Entities = new("entities");
    public static readonly StorySection Quotes = new("quotes");
    public static readonly StorySection Figures = new("figures");
    public static readonly StorySection Facts = new("facts");
    public static readonly StorySection Framing = new("framing");
    public static readonly StorySection Timeline = new("timeline");
    public static readonly StorySection PublicationDates = new("publication-dates");
}
