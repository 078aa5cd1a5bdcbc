using Storyline.Compare.Facts.Claims;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Compare;

public class ClauseTests
{
    private static string[] Clauses(string text) =>
        ClaimExtractor.Clauses(text, new TextSpan(0, text.Length), LanguagePacks.English).Select(c => text.Substring(c.Start, c.Length)).ToArray();

    [Fact]
    public void Two_events_joined_by_after_are_two_clauses() =>
        Assert.Equal(2, Clauses("The president severed diplomatic relations with the neighbour after the parliament recognized the rival government.").Length);

    [Theory]
    [InlineData("Water poured through a breach in the old wall shortly after 11 p.m. on Tuesday night.")]
    [InlineData("The minister resigned from the cabinet after Monday's vote in the national assembly.")]
    [InlineData("The talks collapsed in the capital three days after the ceasefire took effect in the north.")]
    public void Time_phrases_are_not_split(string sentence) => Assert.Single(Clauses(sentence));

    [Fact]
    public void As_well_as_joins_two_nouns_not_two_events()
    {
        Assert.Single(Clauses("The minister asked the army to keep protecting all local residents, as well as foreign visitors in the port."));
        Assert.Equal(2, Clauses("The harbour authority closed the main pier to all traffic, as the storm kept the ferries in port.").Length);
    }

    [Fact]
    public void Semicolons_split_but_quoted_ones_do_not()
    {
        Assert.Equal(2, Clauses("The army withdrew from the town on Friday; the rebels entered it on Saturday.").Length);
        Assert.Single(Clauses("He said: \u201CWe withdrew from the town on Friday; the rebels entered on Saturday\u201D."));
    }
}
