using Storyline.Compare.Entities.Merging;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Tests.Compare;

/// <summary>Names that are sources of the text rather than actors in it.</summary>
public sealed class CreditFilterTests
{
    private static bool InCredit(string text, string name, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        return CreditFilter.IsInCredit(text, new TextSpan(at, name.Length), LanguagePacks.English.Names);
    }

    [Fact]
    public void The_outlet_a_dateline_credits_is_not_an_actor()
    {
        const string text = "PORT ELLEN (Island Wire) — The ferry operator Island Wire cancelled all crossings on Friday.";
        Assert.True(InCredit(text, "Island Wire"));
        // the same name later in the sentence is the company the story is about
        Assert.False(InCredit(text, "Island Wire", occurrence: 1));
        Assert.False(InCredit(text, "PORT ELLEN"));
    }

    [Fact]
    public void A_name_in_parentheses_that_opens_no_dateline_stays_an_actor()
    {
        const string text = "The regulator fined the operator (Island Ferries) on Friday.";
        Assert.False(InCredit(text, "Island Ferries"));
    }
}
