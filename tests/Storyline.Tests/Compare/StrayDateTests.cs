using Storyline.Compare.Dates;
using Storyline.Stories;
using Storyline.Tests.Support;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Compare;

/// <summary>
/// Issue 17, point 3: a date one article recalls cannot move its story. The cleaner reads an undated article's latest full
/// date as its publication day; the story's date stage sets that day aside when it is background, and keeps a genuine later day.
/// </summary>
public class StrayDateTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static List<DateOnly> PublishedDays(StoryDocument story) =>
        story.Story.Articles.Select(story.Dates.PublishedDay).OfType<DateOnly>().ToList();

    [Fact]
    public void A_recalled_date_in_an_undated_article_does_not_date_the_story_and_sits_in_the_background()
    {
        var story = Analyze(
            new Input("Harbour Post", "2026-10-12",
                "The city council approved the harbour bridge budget on Monday after a long debate.\n\nThe mayor said work would start in the spring."),
            new Input("Coast Times", "2026-10-13",
                "Councillors approved the harbour bridge budget on Monday.\n\nOpponents said the cost of the bridge had doubled since the first plans."),
            new Input("Valley Herald", "",
                "The harbour bridge budget passed the city council on Monday after a long debate.\n\n" +
                "The old ferry pier was closed on Nov. 1, 1995, after a storm wrecked it, and the town has wanted a bridge ever since."));

        var undated = story.Story["a3"];
        Assert.True(undated.Metadata.PublishedInferred); // the cleaner read 1995-11-01 from the text: the stage must set it aside
        Assert.Equal(Day("1995-11-01"), story.Dates.SetAside["a3"]);
        Assert.NotEqual(1995, story.Dates.PublishedDay(undated)?.Year);
        Assert.Equal(Day("2026-10-12"), PublishedDays(story).Min());
        Assert.DoesNotContain(story.Timeline, t => t.Date.StartsWith("1995", StringComparison.Ordinal));
        Assert.Contains(story.Background, t => t.Date == "1995-11-01" && t.Citations.Any(c => c.ArticleId == "a3"));
    }

    [Fact]
    public void A_story_told_only_by_undated_articles_is_not_dated_by_the_precedent_one_recalls()
    {
        var story = Analyze(
            new Input("Valley Herald", "",
                "Soldiers arrested a retired general in the north on Wednesday.\n\n" +
                "He is accused of ordering attacks on villages between July 11 and Nov. 1, 1995, when he was a colonel in 1995."),
            new Input("Coast Times", "",
                "The retired general arrested on Wednesday was flown to the capital on Thursday, officials said."));

        Assert.Equal(Day("1995-11-01"), story.Dates.SetAside["a1"]);
        Assert.DoesNotContain(PublishedDays(story), d => d.Year == 1995);
        Assert.DoesNotContain(story.Timeline, t => t.Date.StartsWith("1995", StringComparison.Ordinal));
    }

    [Fact]
    public void An_anniversary_article_is_not_dated_to_the_event_it_remembers()
    {
        var story = Analyze(
            new Input("Harbour Post", "2026-12-21",
                "Hundreds gathered at the harbour on Monday to remember the ferry disaster."),
            new Input("Valley Herald", "",
                "Hundreds gathered at the harbour on Monday to remember those who died when the ferry sank 30 years ago.\n\n" +
                "The ferry went down in a storm on Dec. 21, 1996, with 80 people on board."));

        Assert.True(story.Dates.SetAside.ContainsKey("a2"));
        Assert.Equal(Day("2026-12-21"), PublishedDays(story).Min());
    }

    [Fact]
    public void A_genuinely_later_article_moves_the_story_on()
    {
        var story = Analyze(
            new Input("Harbour Post", "2026-10-12",
                "The city council approved the harbour bridge budget on Monday after a long debate."),
            new Input("Coast Times", "2026-10-13",
                "Councillors approved the harbour bridge budget on Monday."),
            new Input("Valley Herald", "",
                "On Oct. 20, 2026, the city council voted again on the harbour bridge budget and rejected it."));

        Assert.Empty(story.Dates.SetAside);
        Assert.Equal(Day("2026-10-20"), story.Dates.PublishedDay(story.Story["a3"]));
        Assert.Equal(Day("2026-10-20"), PublishedDays(story).Max());
        Assert.Contains(story.Timeline, t => t.Date == "2026-10-20");
    }

    [Fact]
    public void Undated_articles_a_week_apart_keep_both_days()
    {
        var story = Analyze(
            new Input("Harbour Post", "",
                "On Oct. 12, 2026, the city council approved the harbour bridge budget after a long debate."),
            new Input("Valley Herald", "",
                "On Oct. 19, 2026, the city council voted again on the harbour bridge budget and rejected it."));

        Assert.Empty(story.Dates.SetAside);
        Assert.Equal([Day("2026-10-12"), Day("2026-10-19")], PublishedDays(story).Order().ToArray());
    }
}
