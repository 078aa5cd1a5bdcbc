using Storyline.Similarity;
using Storyline.Similarity.Checks;

namespace Storyline.Tests.Similarity;

public sealed class StatementChecksTests
{
    private static StatementChecks Check(string a, string b) => StatementChecks.Of(StatementProfile.Read(a), StatementProfile.Read(b));

    [Fact]
    public void Unequal_amounts_of_the_same_thing_conflict()
    {
        var checks = Check("The storm killed 14 people in the valley.", "The storm killed 40 people in the valley.");
        Assert.True(checks.AmountsConflict);
        Assert.Equal(MatchReason.AmountsConflict, checks.Veto);
        Assert.Contains("14", checks.ConflictDescription);
        Assert.Contains("40", checks.ConflictDescription);
        Assert.True(Check("The ceasefire lasts 30 days.", "The ceasefire lasts 90 days.").AmountsConflict);
    }

    [Fact]
    public void Equal_amounts_written_differently_agree()
    {
        var words = Check("Fourteen people were injured in the blast.", "14 people were injured in the blast.");
        Assert.True(words.AmountsAgree);
        Assert.False(words.AmountsConflict);
        // a duration in other units: 72 hours are three days
        var duration = Check("The truce will hold for 72 hours.", "The truce will hold for three days.");
        Assert.True(duration.AmountsAgree);
        Assert.Null(duration.Veto);
        var money = Check("The council approved $2.5 billion for the port.", "The council approved 2.5 billion dollars for the port.");
        Assert.False(money.AmountsConflict);
    }

    [Fact]
    public void Counts_of_different_things_do_not_conflict()
    {
        var checks = Check("The fire destroyed 12 homes.", "Firefighters rescued 40 residents.");
        Assert.False(checks.AmountsConflict);
        Assert.True(checks.UnmatchedAmounts > 0);
        // one side adds a count of something else: what both count still agrees
        Assert.False(Check("The quake killed 14 people.", "The quake killed 14 people and injured 40.").AmountsConflict);
    }

    [Fact]
    public void A_year_is_a_time_not_an_amount()
    {
        var checks = Check("The bridge opened in 1998.", "The bridge opened in 2004.");
        Assert.False(checks.AmountsConflict);
        Assert.True(checks.DaysDiffer);
    }

    [Fact]
    public void Negation_and_denial_differ_in_polarity()
    {
        Assert.True(Check("The minister resigned on Friday.", "The minister did not resign on Friday.").PolarityDiffers);
        Assert.True(Check("The company cut 300 jobs.", "The company denied it cut 300 jobs.").PolarityDiffers);
        Assert.Equal(MatchReason.PolarityDiffers, Check("The mayor signed the order.", "The mayor never signed the order.").Veto);
        Assert.False(Check("The mayor signed the order.", "The order was signed by the mayor.").PolarityDiffers);
    }

    [Fact]
    public void A_plan_is_not_a_deed()
    {
        Assert.True(Check("The government plans to close the border.", "The government closed the border.").ModalityDiffers);
        Assert.True(Check("The union may strike next week.", "The union struck last week.").ModalityDiffers);
        Assert.False(Check("The government plans to close the border.", "The government intends to close the border.").ModalityDiffers);
    }

    [Fact]
    public void Different_named_sources_differ()
    {
        var checks = Check("The talks failed, Smith said.", "The talks failed, according to Garcia.");
        Assert.True(checks.SpeakersDiffer);
        Assert.Equal(MatchReason.SpeakersDiffer, checks.Veto);
        Assert.False(Check("The talks failed, John Smith said.", "Smith said the talks failed.").SpeakersDiffer);
        // an unnamed source is no disagreement about who said it
        Assert.False(Check("The talks failed, Smith said.", "The talks failed, he said.").SpeakersDiffer);
    }

    [Fact]
    public void Who_did_what_to_whom_reversed_is_a_role_swap()
    {
        Assert.True(Check("Acme sued Globex over the patent.", "Globex sued Acme over the patent.").RolesSwapped);
        Assert.Equal(MatchReason.RolesSwapped, Check("Rovers beat United in the final.", "United beat Rovers in the final.").Veto);
        // the passive says the same thing
        Assert.False(Check("Acme sued Globex over the patent.", "Globex was sued by Acme over the patent.").RolesSwapped);
        Assert.False(Check("Acme sued Globex over the patent.", "Acme sued Globex over the patent on Monday.").RolesSwapped);
    }

    [Fact]
    public void Different_days_of_a_repeated_event_differ()
    {
        Assert.True(Check("Protesters marched on Monday.", "Protesters marched on Tuesday.").DaysDiffer);
        Assert.True(Check("The ferry sank on March 3.", "The ferry sank on March 9.").DaysDiffer);
        Assert.False(Check("Protesters marched on Monday.", "Protesters marched through the capital on Monday night.").DaysDiffer);
        // one side gives no day: nothing to disagree about
        Assert.False(Check("Protesters marched on Monday.", "Protesters marched.").DaysDiffer);
    }

    [Fact]
    public void Paraphrases_pass_every_check()
    {
        var checks = Check("Okafor accused Tidewall of hiding faults in the barrier.", "Okafor accused the Tidewall company of concealing the barrier's faults.");
        Assert.Null(checks.Veto);
        Assert.Null(Check("Police arrested 12 people after the match, officials said.", "Officials said twelve people were arrested by police after the match.").Veto);
    }
}
