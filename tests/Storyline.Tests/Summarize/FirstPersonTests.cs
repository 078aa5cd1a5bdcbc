using Storyline.Tests.Support;
using Storyline.Stories;
using Storyline.Summarize;

namespace Storyline.Tests.Summarize;

public sealed class FirstPersonTests
{
    [Theory]
    [InlineData("The climb took half an hour because I had to stop on every stair.", true)]
    [InlineData("My first thought was that the bridge would hold.", true)]
    [InlineData("The storm kept me indoors for three days.", true)]
    [InlineData("\"I had to stop on every stair,\" the patient told doctors.", false)]   // quoted: marked as speech
    [InlineData("Veterans of World War I were honoured at the harbour on Sunday.", false)]       // a numeral
    [InlineData("The startup my6sense raised new money from two funds.", false)]                // part of a name
    [InlineData("The mayor said the barrier would be rebuilt within a year.", false)]
    public void First_person_singular_outside_quotation_marks_is_found(string sentence, bool expected) =>
        Assert.Equal(expected, QuoteShare.HasUnquotedFirstPerson(sentence));

    // invented: the only sentence long enough for a headline is the patient's own account
    private static readonly (string, string)[] Reports =
    [
        ("a1", "Climbing to bed became a half-hour ordeal because I had to rest on every step after the new feather bedding arrived.\nDoctors traced the illness to the feather bedding."),
        ("a2", "Doctors in Leeds traced a man's lung illness to new feather bedding.\nThe feather bedding was replaced and he recovered."),
    ];

    [Fact]
    public void A_first_person_account_is_not_the_headline()
    {
        var headline = SummaryStageTests.RunArticles(SummarizerSettings.Default, Reports).Headline!.Text;
        Assert.False(QuoteShare.HasUnquotedFirstPerson(headline), headline);
        // guard: without the rule the account is the headline
        var without = SummaryStageTests.RunArticles(SummarizerSettings.Default with { HeadlineNoFirstPerson = false }, Reports).Headline!.Text;
        Assert.True(QuoteShare.HasUnquotedFirstPerson(without), without);
    }
}
