using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Stories;

/// <summary>
/// Everything said about one story: the story itself plus sections that story stages add in turn. Open, like an
/// article's layers: a section is keyed by a <see cref="SectionKey{T}"/> its owner declares, sections are append-only
/// (adding one twice is an error), and the story's articles are never rewritten by a stage — what a stage learns about
/// them (an inferred date, say) is a section of its own.
/// </summary>
public sealed class StoryDocument
{
    private readonly ImmutableDictionary<SectionKey, object> _sections;

    public StoryDocument(Story story) : this(story, ImmutableDictionary<SectionKey, object>.Empty) { }

    private StoryDocument(Story story, ImmutableDictionary<SectionKey, object> sections)
    {
        ArgumentNullException.ThrowIfNull(story);
        Story = story;
        _sections = sections;
    }

    public Story Story { get; }

    public string Id => Story.Id;

    public bool Has(SectionKey key) => _sections.ContainsKey(key);

    public IEnumerable<SectionKey> Sections => _sections.Keys;

    /// <summary>The section's value; throws when no stage has provided it.</summary>
    public T Get<T>(SectionKey<T> key) where T : notnull =>
        _sections.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Story {Id} has no '{key.Name}' section; add the stage that provides it.");

    /// <summary>The section's value, or <paramref name="fallback"/> when no stage has provided it.</summary>
    public T GetOrDefault<T>(SectionKey<T> key, T fallback) where T : notnull =>
        _sections.TryGetValue(key, out var value) ? (T)value : fallback;

    /// <summary>Returns a copy with one more section. Sections are append-only: adding one twice is an error.</summary>
    public StoryDocument With<T>(SectionKey<T> key, T value) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_sections.ContainsKey(key))
            throw new InvalidOperationException($"Story {Id} already has a '{key.Name}' section; sections are append-only.");
        return new StoryDocument(Story, _sections.Add(key, value));
    }

    /// <summary>
    /// The same document over only some of the story's articles: what the pipeline hands a story stage that reads only
    /// some of their languages. Sections so far are kept; the story's id is the same.
    /// </summary>
    public StoryDocument ForArticles(ImmutableArray<Article> articles) => new(Story with { Articles = articles }, _sections);

    /// <summary>Returns a copy with the sections of <paramref name="other"/> that this document lacks (a stage's output
    /// on a <see cref="ForArticles"/> view, brought back to the whole story).</summary>
    public StoryDocument WithSectionsOf(StoryDocument other)
    {
        var sections = _sections;
        foreach (var (key, value) in other._sections)
            if (!sections.ContainsKey(key)) sections = sections.Add(key, value);
        return new StoryDocument(Story, sections);
    }

    public override string ToString() => $"{Id} ({Story.Articles.Length} articles, {_sections.Count} sections)";
}
