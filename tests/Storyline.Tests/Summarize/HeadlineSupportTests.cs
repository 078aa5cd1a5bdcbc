using Storyline.Tests.Support;
using Storyline.Stories;
using Storyline.Summarize;

namespace Storyline.Tests.Summarize;

/// <summary>The headline is the sentence other outlets restate, not one outlet's loaded line.</summary>
public sealed class HeadlineSupportTests
{
    // invented reports of an invented event, written for this test
    private static readonly (string Id, string Text)[] Reports =
    [
        ("a1", "Two days after the Harlow dam failed, embattled Governor Vasko is desperately trying to pin the blame on the firm and its inspection records.\n" +
               "Critics say the Harlow dam was never safe.\n" +
               "Her office did not answer questions."),
        ("a2", "Governor Vasko gave the engineering firm three days to hand over its inspection records for the dam, her office said on Tuesday evening.\n" +
               "The Harlow dam failed on Monday night.\n" +
               "About 900 residents left their homes below it."),
        ("a3", "Governor Vasko ordered the engineering firm to hand over its inspection records within three days, a spokesman told reporters on Tuesday.\n" +
               "The Harlow dam failed after heavy rain.\n" +
               "Residents were housed in two schools."),
    ];

    private static string Headline(double exponent) =>
        SummaryStageTests.RunArticles(SummarizerSettings.Default with { HeadlineSupportExponent = exponent }, Reports).Headline!.Text;

    [Fact]
    public void A_sentence_other_outlets_restate_outranks_a_single_outlets_line()
    {
        var analysis = SummaryStageTests.RunArticles(SummarizerSettings.Default, Reports);
        var headline = analysis.Headline!;
        Assert.Contains("inspection records", headline.Text, StringComparison.Ordinal);
        Assert.True(headline.Citations.Select(c => c.ArticleId).Distinct().Count() >= 2, "the headline cites the outlets that restate it");
    }

    [Fact]
    public void Without_the_support_factor_the_single_outlets_line_wins_on_concept_weight()
    {
        // guards the test above: the loaded line is the stronger candidate on concepts alone
        Assert.StartsWith("Two days after the Harlow dam failed", Headline(0), StringComparison.Ordinal);
        Assert.DoesNotContain("embattled", Headline(1), StringComparison.Ordinal);
    }
}
