using Storyline.Stories;
using Storyline.Compare.Entities;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Tests.Support;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Entities;

/// <summary>The canonical example: five real articles on the January 2019 Venezuela crisis.</summary>
public sealed class SeedEntitiesTests
{
    private static StoryDocument Analyse()
    {
        var files = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var articles = files.Select((f, i) => new Article($"a{i + 1}", f, File.ReadAllText(f).ReplaceLineEndings("\n")))
            .Select(a => new EntityStage(TestModels.Store.Entities).Process(new SentenceStage().Process(a)))
            .ToImmutableArray();
        return new EntityMergeStage().Process(new StoryDocument(new Story("s1", articles)));
    }

    private static StoryEntity Find(StoryDocument story, string name) =>
        story.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name))
        ?? throw new Xunit.Sdk.XunitException($"No entity named '{name}'. Entities: {string.Join("; ", story.Entities.Select(e => $"{e.Name} [{string.Join(", ", e.Aliases)}]"))}");

    [SharedDataFact]
    public void Seed_story_has_its_people_places_and_merged_aliases()
    {
        var story = Analyse();
        var guaido = Find(story, "Juan Guaidó");
        Assert.Equal(EntityType.Person, guaido.Type);
        Assert.Contains("Guaido", guaido.Aliases);
        Assert.Contains("Juan Guaido", guaido.Aliases);
        var maduro = Find(story, "Nicolás Maduro");
        Assert.Same(maduro, Find(story, "Maduro"));
        Assert.Same(maduro, Find(story, "Nicolas Maduro"));
        Assert.Equal(EntityType.Person, Find(story, "Mike Pompeo").Type);
        Assert.Equal(EntityType.Place, Find(story, "Venezuela").Type);
        Assert.Equal(EntityType.Place, Find(story, "United States").Type);
        Assert.Same(Find(story, "Jose Luis Silva"), Find(story, "Silva"));
    }

    [SharedDataFact]
    public void Photo_credits_and_bylines_are_not_story_actors()
    {
        var story = Analyse();
        Assert.DoesNotContain(story.Entities, e => e.Name.Contains("Fernandez") || e.Aliases.Any(a => a.Contains("Fernandez")));
        Assert.DoesNotContain(story.Entities, e => e.Name.Contains("Casares"));
        Assert.DoesNotContain(story.Entities, e => e.Name == "AP Photo");
    }
}
