using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Compare;
using Storyline.Compare.Framing;
using Storyline.Text;
using Storyline.Pipeline;
using static Storyline.Tests.Compare.StoryFixture;
using Storyline.Language;

namespace Storyline.Tests.Compare;

public class FramingTests
{
    private static StoryDocument Story { get; } = Analyze(
        new Input("Harbor Times", "2026-02-10",
            "Opposition leader Ana Ortiz addressed a rally in the capital on Monday.\n\n" +
            "Ortiz, the head of the national assembly, called for new elections within a year.\n\n" +
            "\u201CThe Ruiz regime has stolen the vote,\u201D Ortiz told the crowd.\n\n" +
            "President Carlos Ruiz did not comment on the rally."),
        new Input("State Courier", "2026-02-10",
            "Self-proclaimed president Ana Ortiz held a rally in the capital on Monday, police said.\n\n" +
            "The government of Carlos Ruiz called the rally illegal.\n\n" +
            "Ortiz met the ambassador of Norland on Tuesday."));

    private static FramingRow RowFor(string name)
    {
        var entity = Story.Entities.First(e => e.Name.Contains(name));
        return Story.Framing.Single(r => r.EntityId == entity.Id);
    }

    [Fact]
    public void Premodifier_labels_are_found_per_outlet()
    {
        var labels = RowFor("Ortiz").Labels;
        var leader = Assert.Single(labels, l => l.Label.Equals("Opposition leader", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["a1"], leader.ArticleIds.ToArray());
        Assert.False(leader.Loaded);
        var selfProclaimed = Assert.Single(labels, l => l.Label.StartsWith("Self-proclaimed", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["a2"], selfProclaimed.ArticleIds.ToArray());
        Assert.True(selfProclaimed.Loaded);
    }

    [Fact]
    public void Appositive_labels_are_found()
    {
        var label = Assert.Single(RowFor("Ortiz").Labels, l => l.Label == "the head of the national assembly");
        var c = Assert.Single(label.Citations);
        Assert.StartsWith("Ortiz, the head of the national assembly", Story.Story["a1"].SliceString(c.Span));
    }

    [Fact]
    public void Labels_inside_quotes_are_marked_as_a_speakers_words()
    {
        var regime = Assert.Single(RowFor("Ruiz").Labels, l => l.Label.Contains("regime"));
        Assert.True(regime.InQuote);
        Assert.True(regime.Loaded);
        var president = Assert.Single(RowFor("Ruiz").Labels, l => l.Label == "President");
        Assert.False(president.InQuote);
    }

    [Fact]
    public void Verbs_and_weekdays_before_names_are_not_labels()
    {
        var all = Story.Framing.SelectMany(r => r.Labels).Select(l => l.Label).ToList();
        Assert.DoesNotContain(all, l => l.Contains("met", StringComparison.Ordinal) || l.Contains("Tuesday") || l.Contains("Monday"));
        Assert.All(Story.Framing.SelectMany(r => r.Labels), l => Assert.NotEmpty(l.Citations));
    }
}

public class LabelExtractorTests
{
    private static List<string> LabelsOf(string text, params (string Name, string Id, EntityType Type)[] names)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        var mentions = names.Select(n => (new TextSpan(text.IndexOf(n.Name, StringComparison.Ordinal), n.Name.Length), n.Id, n.Type)).ToList();
        return LabelExtractor.Find(article, mentions, LanguagePacks.English.Framing).Where(l => l.EntityId == "p").Select(l => l.Label).ToList();
    }

    [Fact]
    public void An_offices_organisation_belongs_to_the_label()
    {
        var labels = LabelsOf("On Monday, Harbour Treasury Secretary Lena Vogt said relief was possible.",
            ("Harbour Treasury", "o", EntityType.Organization), ("Lena Vogt", "p", EntityType.Person));
        Assert.Equal(["Harbour Treasury Secretary"], labels);
    }

    [Fact]
    public void A_nationality_or_a_possessor_before_the_office_is_not_part_of_the_label()
    {
        var nationality = LabelsOf("Norlandic Foreign Minister Lena Vogt warned on Friday against the plan.",
            ("Norlandic", "n", EntityType.Other), ("Lena Vogt", "p", EntityType.Person));
        Assert.Equal(["Foreign Minister"], nationality);
        var possessor = LabelsOf("Norland's opposition leader Lena Vogt spoke at the rally.",
            ("Norland", "n", EntityType.Place), ("Lena Vogt", "p", EntityType.Person));
        Assert.Equal(["opposition leader"], possessor);
    }
}
