using Storyline.Server.Analysis;

namespace Storyline.Server.Tests.Analysis;

public sealed class StoryNamingTests
{
    private static readonly Func<string, bool> None = _ => false;

    private static Dictionary<string, long> Arrival(params string[] ids) => ids.Select((id, i) => (id, (long)i)).ToDictionary(x => x.id, x => x.Item2);

    [Fact]
    public void New_stories_take_the_id_the_grouper_gives_them()
    {
        var named = StoryNaming.Name([new ProposedStory("sA", ["a1", "a2"]), new ProposedStory("sB", ["a3"])],
            new Dictionary<string, string?>(), Arrival("a1", "a2", "a3"), None);
        Assert.Equal(["sA", "sB"], named.Ids);
        Assert.Empty(named.Aliases);
    }

    [Fact]
    public void A_story_that_gains_articles_keeps_its_id_even_when_the_grouper_would_name_it_otherwise()
    {
        // a late article published earlier becomes the grouper's founder: the story still keeps the id readers know
        var named = StoryNaming.Name([new ProposedStory("s0", ["a0", "a1", "a2"])],
            new Dictionary<string, string?> { ["a1"] = "s1", ["a2"] = "s1", ["a0"] = null }, Arrival("a1", "a2", "a0"), None);
        Assert.Equal(["s1"], named.Ids);
        Assert.Empty(named.Aliases);
    }

    [Fact]
    public void Merged_stories_keep_the_id_of_the_larger_and_the_other_becomes_an_alias()
    {
        var named = StoryNaming.Name([new ProposedStory("sx", ["a1", "a2", "a3", "a4", "a5"])],
            new Dictionary<string, string?> { ["a1"] = "small", ["a2"] = "big", ["a3"] = "big", ["a4"] = "big", ["a5"] = null },
            Arrival("a1", "a2", "a3", "a4", "a5"), None);
        Assert.Equal(["big"], named.Ids);
        Assert.Equal("big", named.Aliases["small"]);
    }

    [Fact]
    public void In_a_split_the_larger_part_keeps_the_id_and_the_other_part_gets_its_own()
    {
        var previous = new Dictionary<string, string?> { ["a1"] = "s1", ["a2"] = "s1", ["a3"] = "s1", ["a4"] = "s1", ["a5"] = "s1" };
        var named = StoryNaming.Name([new ProposedStory("s4", ["a4", "a5"]), new ProposedStory("s1", ["a1", "a2", "a3"])],
            previous, Arrival("a1", "a2", "a3", "a4", "a5"), None);
        Assert.Equal("s1", named.Ids[1]);
        Assert.Equal("s4", named.Ids[0]);
        Assert.Empty(named.Aliases);
    }

    [Fact]
    public void An_id_still_held_outside_the_window_is_neither_reused_nor_aliased()
    {
        var named = StoryNaming.Name([new ProposedStory("old", ["a9"])],
            new Dictionary<string, string?> { ["a9"] = null }, Arrival("a9"), id => id == "old");
        Assert.NotEqual("old", named.Ids[0]);
        Assert.Equal("s9", named.Ids[0]);
    }
}
