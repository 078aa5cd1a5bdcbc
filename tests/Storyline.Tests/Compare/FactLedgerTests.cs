using Storyline.Compare.Figures;
using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Compare.Facts;
using Storyline.Annotate.Figures;
using Storyline.Compare;
using Storyline.Compare.Facts.Ledger;
using Storyline.Text;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Compare;

public class FactLedgerTests
{
    private static Fact FactCiting(StoryDocument story, string articleId, string words) =>
        story.Facts.Single(f => f.Citations.Any(c => c.ArticleId == articleId && story.Story[articleId].SliceString(c.Span).Contains(words)));

    [Fact]
    public void Paraphrased_event_with_same_actor_is_one_agreed_fact()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday, the foreign ministry in Talvik said in a statement."),
            new Input("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute between the neighbours."));
        var fact = FactCiting(story, "a1", "severed diplomatic relations");
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal(["a1", "a2"], fact.ArticleIds.Order());
        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void Equal_durations_in_different_units_agree()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "The two governments said the new trade offices should be opened within 30 days under the agreement."),
            new Input("Valley Post", "2026-02-11", "Under the deal, the trade offices are to open within a month, officials from both capitals said."));
        var fact = FactCiting(story, "a1", "within 30 days");
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Contains(fact.Citations, c => c.ArticleId == "a2");
    }

    [Fact]
    public void Counts_of_people_and_of_residents_for_the_same_event_can_conflict()
    {
        var people = new Figure(new TextSpan(0, 2), 14, null, null, "person", "people killed in the clashes", null, FigureBound.Exact);
        var residents = new Figure(new TextSpan(0, 2), 20, null, null, "resident", "residents killed in the clashes", null, FigureBound.Exact);
        var soldiers = new Figure(new TextSpan(0, 2), 20, null, null, "soldier", "soldiers killed in the clashes", null, FigureBound.Exact);
        var civilians = new Figure(new TextSpan(0, 2), 14, null, null, "civilian", "civilians killed in the clashes", null, FigureBound.Exact);
        var judged = FigureRule.Default.Compare(people, residents);
        Assert.Equal(FigureRelation.Conflict, judged.Relation);
        Assert.Equal("14 people (people killed in the clashes) vs 20 residents (residents killed in the clashes)", judged.Description);
        Assert.Equal(FigureRelation.Unrelated, FigureRule.Default.Compare(soldiers, civilians).Relation);
    }

    [Theory]
    [InlineData("person", 14.0, "people")]
    [InlineData("person", 1.0, "person")]
    [InlineData("country", 3.0, "countries")]
    [InlineData("day", 2.0, "days")]
    [InlineData("percent", 40.0, "percent")]
    [InlineData("EUR", 310.0, "EUR")]
    [InlineData("bus", 2.0, "buses")]
    public void Conflict_descriptions_write_units_as_a_reader_would(string unit, double value, string expected) =>
        Assert.Equal(expected, FigureRule.UnitFor(unit, value));

    [Fact]
    public void Different_counts_of_the_same_thing_are_contested_and_linked()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "At least 14 people were killed in the clashes in the capital on Sunday, according to the health ministry."),
            new Input("Valley Post", "2026-02-10", "Some 20 people were killed in the clashes in the capital on Sunday, hospital officials told reporters."));
        var a = FactCiting(story, "a1", "14 people");
        var b = FactCiting(story, "a2", "20 people");
        Assert.NotSame(a, b); // different numbers are not reported as one fact
        // "at least 14" is not contradicted by 20: bounds are honoured
        Assert.NotEqual(FactStatus.Contested, a.Status);

        var exact = Analyze(
            new Input("Harbor Times", "2026-02-10", "Fourteen people were killed in the clashes in the capital on Sunday, according to the health ministry."),
            new Input("Valley Post", "2026-02-10", "Twenty people were killed in the clashes in the capital on Sunday, hospital officials told reporters."));
        var x = FactCiting(exact, "a1", "Fourteen people");
        var y = FactCiting(exact, "a2", "Twenty people");
        Assert.Equal(FactStatus.Contested, x.Status);
        Assert.Equal(FactStatus.Contested, y.Status);
        // linked by id, not by place in the ledger
        Assert.Contains(y.Id, x.ConflictsWith);
        Assert.Contains(x.Id, y.ConflictsWith);
        Assert.Contains(exact.Conflicts, c => c.Kind == "figure" && new[] { c.FactA, c.FactB }.Order().SequenceEqual(new[] { x.Id, y.Id }.Order()));
    }

    [Fact]
    public void A_claim_only_one_outlet_makes_is_single_source()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday. About 300 Estland mercenaries were deployed near the border, a local militia leader estimated."),
            new Input("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday, in a sharp escalation of the dispute."));
        var fact = FactCiting(story, "a1", "300 Estland mercenaries");
        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal(1, fact.IndependentSources);
    }

    [Fact]
    public void A_copy_counts_once()
    {
        const string wire = "Estland severed diplomatic relations with Norland on Monday, the foreign ministry in Talvik said in a statement.";
        var story = Analyze(
            new Input("Coast Wire", "2026-02-10", wire),
            new Input("Daily Reposter", "2026-02-10", wire + " Readers can follow the story on our website.", DuplicateOf: "a1"));
        var fact = FactCiting(story, "a1", "severed diplomatic relations");
        Assert.Equal(2, fact.ArticleIds.Length);
        Assert.Equal(1, fact.IndependentSources);
        Assert.Equal(FactStatus.SingleSource, fact.Status);
    }

    [Fact]
    public void Same_words_with_different_actors_are_not_one_fact()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Germany recognized the new government of Estland on Tuesday, officials in Berlin said."),
            new Input("Valley Post", "2026-02-10", "France recognized the new government of Estland on Tuesday, officials in Paris said."));
        var a = FactCiting(story, "a1", "Germany recognized");
        Assert.DoesNotContain("a2", a.ArticleIds);
        Assert.Equal(FactStatus.SingleSource, a.Status);
    }

    [Fact]
    public void Different_events_sharing_a_number_are_not_one_fact()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Rebels killed 12 soldiers in an ambush in the northern hills on Monday, the army said."),
            new Input("Valley Post", "2026-02-10", "Rebels freed 12 hostages in the southern port on Monday after weeks of negotiations, mediators said."));
        Assert.All(story.Facts, f => Assert.Single(f.ArticleIds));
        Assert.Empty(story.Conflicts);
    }

    [Fact]
    public void Opposite_polarity_in_the_same_news_cycle_is_contested()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "The army withdrew its troops from the border town of Kessel on Friday, the defence ministry said."),
            new Input("Valley Post", "2026-02-10", "The army did not withdraw its troops from the border town of Kessel on Friday, residents said."));
        var a = FactCiting(story, "a1", "withdrew its troops");
        Assert.Equal(FactStatus.Contested, a.Status);
        Assert.Contains(story.Conflicts, c => c.Kind == "polarity");
    }

    [Fact]
    public void A_later_change_of_plan_is_not_a_contradiction()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "The government of Estland will close its embassy in Norland, the foreign minister announced on Monday."),
            new Input("Valley Post", "2026-02-14", "The government of Estland is dropping its plan to close its embassy in Norland, the foreign minister said on Friday."));
        Assert.Empty(story.Conflicts);
        Assert.DoesNotContain(story.Facts, f => f.Status == FactStatus.Contested);
    }

    [Fact]
    public void Quotes_are_not_the_outlets_claims()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "\u201CWe will never accept this humiliation and we will answer it,\u201D the minister said.\n\nEstland severed diplomatic relations with Norland on Monday, the foreign ministry said."));
        Assert.DoesNotContain(story.Facts, f => f.Text.Contains("humiliation"));
        Assert.Contains(story.Facts, f => f.Text.Contains("severed diplomatic relations"));
    }

    [Fact]
    public void Ledger_lists_agreed_facts_before_single_source_ones()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday. A small bakery in Talvik closed early because of the snow storm."),
            new Input("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday, in a sharp escalation of the dispute."));
        var sources = story.Facts.Select(f => f.IndependentSources).ToList();
        Assert.Equal(sources.OrderByDescending(x => x), sources);
    }

    [Fact]
    public void A_sentence_whose_pieces_no_other_article_tells_is_one_fact_not_clause_pieces()
    {
        const string Sentence = "The ferry operator faced questions on Thursday after a hull plate cracked during the morning crossing, flooding the car deck.";
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", Sentence + " Passengers were taken back to the harbour by two tugboats, the coast guard said."),
            new Input("Valley Post", "2026-02-10", "The town council of Merrow approved a new budget for its schools on Thursday evening after a long debate."));
        var fact = Assert.Single(story.Facts, f => f.Text.Contains("faced questions"));
        Assert.Equal(Sentence, fact.Text);
        var citation = Assert.Single(fact.Citations);
        Assert.Equal(Sentence, story.Story["a1"].SliceString(citation.Span));
        Assert.DoesNotContain(story.Facts, f => f.Text.StartsWith("A hull plate cracked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_piece_another_article_tells_stays_its_own_fact()
    {
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10", "Estland severed diplomatic relations with Norland on Monday after the coast guard of Norland seized fourteen fishing boats near the border island."),
            new Input("Valley Post", "2026-02-10", "Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute between the neighbours."));
        var severed = FactCiting(story, "a1", "severed diplomatic relations");
        Assert.Equal(FactStatus.Agreed, severed.Status);
        Assert.DoesNotContain("seized", severed.Text);
        // the other piece reads as a statement: its connective dropped
        Assert.Contains(story.Facts, f => f.Text.StartsWith("The coast guard of Norland seized", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Some 300 people were evacuated, according to the city,", "Some 300 people were evacuated, according to the city")]
    [InlineData("after the coast guard seized the boats;", "The coast guard seized the boats")]
    public void A_clause_is_shown_without_its_connective_or_the_comma_it_was_cut_before(string clause, string shown) =>
        Assert.Equal(shown, FactLedgerBuilder.Display(clause));
}
