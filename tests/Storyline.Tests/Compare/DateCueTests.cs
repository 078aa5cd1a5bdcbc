using Storyline.Compare.Dates;
using Storyline.Language;

namespace Storyline.Tests.Compare;

/// <summary>Issue 14, point 5: the publication-date rules read their cue words from the pack of the article's language.</summary>
public sealed class DateCueTests
{
    private static readonly DateOnly Day = new(2026, 3, 3);
    private static readonly DateCueVocabulary English = LanguagePacks.English.DateCues;

    [Fact]
    public void A_look_back_cue_of_the_pack_makes_a_text_date_background()
    {
        const string text = "The council met on March 3, 2026, to vote on the bridge. The first plan was drafted decades ago.";
        Assert.True(TextDateVetting.ReadsAsBackground(text, Day, English));
        Assert.False(TextDateVetting.ReadsAsBackground(text, Day, English with { LookingBack = ["aeons ago"] }));
    }

    [Fact]
    public void A_stretch_cue_of_the_pack_makes_a_text_date_background()
    {
        const string text = "Prices of bread have risen every week since March 3, 2026, the bakers said.";
        Assert.True(TextDateVetting.ReadsAsBackground(text, Day, English));
        Assert.False(TextDateVetting.ReadsAsBackground(text, Day, English with { StretchStarts = ["until"] }));
        Assert.True(TextDateVetting.ReadsAsBackground(text.Replace("since", "until", StringComparison.Ordinal), Day, English with { StretchStarts = ["until"] }));
    }

    [Fact]
    public void The_range_and_attribute_cues_of_the_pack_decide()
    {
        const string range = "Inspectors visited between February 20 and March 3, 2026, and found nothing.";
        Assert.True(TextDateVetting.ReadsAsBackground(range, Day, English));
        Assert.False(TextDateVetting.ReadsAsBackground(range, Day, English with { RangeCues = [("entre", "et")] }));
        const string attribute = "Families of the March 3, 2026, flood victims met the mayor.";
        Assert.True(TextDateVetting.ReadsAsBackground(attribute, Day, English));
        Assert.False(TextDateVetting.ReadsAsBackground(attribute, Day, English with { AttributeLeads = [] }));
    }
}
