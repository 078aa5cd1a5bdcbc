using Storyline.Annotate.Entities;
using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Articles;
using Storyline.Compare.Entities.Merging;
using Storyline.Compare.Framing;
using Storyline.Language;
using Storyline.Text;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Compare;

/// <summary>Issue 20, points 1 and 4: each label form and each wrong-label case, on sentences written for these tests.</summary>
public class LabelFormTests
{
    private static List<string> LabelsOf(string text, params (string Name, string Id, EntityType Type)[] names)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        var mentions = names.Select(n => (new TextSpan(text.IndexOf(n.Name, StringComparison.Ordinal), n.Name.Length), n.Id, n.Type))
            .OrderBy(m => m.Item1.Start).ToList();
        return LabelExtractor.Find(article, mentions, LanguagePacks.English.Framing).Where(l => l.EntityId == "p").Select(l => l.Label).ToList();
    }

    private static (string, string, EntityType) Person(string name) => (name, "p", EntityType.Person);

    [Theory]
    [InlineData("Sen. Lena Vogt voted against the harbour bill on Tuesday.", "Sen.")]
    [InlineData("The plan was drafted by Gov. Lena Vogt and her staff.", "Gov.")]
    [InlineData("Former Rep. Lena Vogt will run again.", "Former Rep.")]
    [InlineData("Retired Col. Lena Vogt led the inquiry.", "Retired Col.")]
    public void A_title_with_a_period_is_one_label_word(string sentence, string label) =>
        Assert.Equal([label], LabelsOf(sentence, Person("Lena Vogt")));

    [Fact]
    public void An_honorific_alone_is_no_label() =>
        Assert.Empty(LabelsOf("The hearing heard Mr. Tomas Brandt on Monday.", Person("Tomas Brandt")));

    [Theory]
    [InlineData("The inquiry is led by special counsel Tomas Brandt since March.", "special counsel")]
    [InlineData("Late-night talk show host Tomas Brandt mocked the plan.", "Late-night talk show host")]
    [InlineData("The campaign hired veteran strategist Tomas Brandt last year.", "veteran strategist")]
    [InlineData("Shipping tycoon Tomas Brandt bought the port.", "Shipping tycoon")]
    public void Role_nouns_beyond_offices_head_labels(string sentence, string label) =>
        Assert.Contains(label, LabelsOf(sentence, Person("Tomas Brandt")), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_long_appositive_is_trimmed_to_its_noun_phrase()
    {
        var labels = LabelsOf("Tomas Brandt, an eccentric longtime strategist with ties to three campaigns, denied the report.", Person("Tomas Brandt"));
        Assert.Equal(["an eccentric longtime strategist"], labels);
        Assert.Equal(["the party's chief strategist"],
            LabelsOf("The plan was drafted by Tomas Brandt, the party's chief strategist.", Person("Tomas Brandt")));
    }

    [Fact]
    public void A_nickname_in_quotes_is_a_label_of_the_person_it_names()
    {
        var labels = LabelsOf("Supporters chanted about 'Sleepy' Tomas Brandt at the rally.", Person("Tomas Brandt"));
        Assert.Equal(["'Sleepy'"], labels);
    }

    [Theory]
    [InlineData("The council on Friday swiftly pressured President Tomas Brandt to resign.", "President")]
    [InlineData("\u201CI believe President Tomas Brandt will sign it,\u201D the aide said.", "President")]
    public void Verbs_adverbs_days_and_pronouns_do_not_enter_a_label(string sentence, string label) =>
        Assert.Equal([label], LabelsOf(sentence, Person("Tomas Brandt")));

    [Fact]
    public void So_called_before_a_name_that_modifies_a_noun_is_no_label_of_the_person()
    {
        Assert.Empty(LabelsOf("Lawmakers read the so-called Brandt memos on Tuesday.", Person("Brandt")));
        Assert.Equal(["so-called"], LabelsOf("Crowds cheered the so-called Tomas Brandt on Tuesday.", Person("Tomas Brandt")));
    }

    [Fact]
    public void A_possessive_never_moves_a_label_to_another_person()
    {
        // the son is tagged with his suffix; the father's possessive form must not join him (and carry "President" over)
        NamedMention M(string surface, int at) => new(new Citation("a1", new TextSpan(at, surface.Length)), surface, EntityType.Person);
        var entities = EntityMerger.Merge([M("Tomas Brandt Jr.", 0), M("Brandt Jr.", 40), M("Tomas Brandt's", 80), M("Tomas Brandt Jr.", 120)],
            LanguagePacks.English.Names);
        Assert.Equal(2, entities.Count(e => e.Type == EntityType.Person));
        var father = entities.Single(e => e.Mentions.Any(m => m.Span.Start == 80));
        Assert.DoesNotContain(father.Mentions, m => m.Span.Start is 0 or 40 or 120);
        Assert.False(NameRules.IsShortFormOf("tomas brandt", "tomas brandt jr", LanguagePacks.English.Names));
        Assert.True(NameRules.IsShortFormOf("brandt", "tomas brandt jr", LanguagePacks.English.Names));
    }

    [Fact]
    public void Family_name_first_forms_are_one_actor()
    {
        var names = LanguagePacks.English.Names;
        var story = Analyze(
            new Input("Harbor Times", "2026-02-10",
                "Leader Ri Song Chol inspected the port on Monday.\n\nRi said the port would reopen."),
            new Input("State Courier", "2026-02-10",
                "Ri Song-chol visited the port on Monday, state media said.\n\nThe visit by Ri Song Chol lasted an hour."));
        var persons = story.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Single(persons, e => e.Name.StartsWith("Ri", StringComparison.Ordinal));
        Assert.True(NameRules.IsShortFormOf("ri", "ri song chol", names));
        Assert.True(NameRules.IsShortFormOf("song chol", "ri song chol", names));
        Assert.False(NameRules.IsShortFormOf("ri", "ri song", names)); // two words: a first name alone stays apart
    }

    [Fact]
    public void A_name_cut_at_an_initial_gets_no_labels()
    {
        var story = Analyze(new Input("Harbor Times", "2026-02-10", "Union chief Marta K. said the strike would go on.\n\nThe union met on Tuesday."));
        Assert.DoesNotContain(story.Framing, r => story.Entities.Single(e => e.Id == r.EntityId).Name.EndsWith(" K", StringComparison.Ordinal));
    }

    private static List<(string Label, string Id)> AllLabels(string text, params (string Name, string Id, EntityType Type)[] names)
    {
        var article = new SentenceStage().Process(new Article("a1", "t", text));
        var mentions = names.SelectMany(n => Occurrences(text, n.Name).Select(at => (new TextSpan(at, n.Name.Length), n.Id, n.Type)))
            .OrderBy(m => m.Item1.Start).ToList();
        return [.. LabelExtractor.Find(article, mentions, LanguagePacks.English.Framing).Select(l => (l.Label, l.EntityId))];
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            yield return at;
    }

    [Fact]
    public void A_description_without_the_name_labels_the_one_actor_the_article_gave_that_role()
    {
        var labels = AllLabels("Northern Isles leader Arvo Kallas landed in Port Elwin on Tuesday. On Wednesday the North's leader toured the docks.",
            ("Arvo Kallas", "k", EntityType.Person), ("Port Elwin", "pe", EntityType.Place));
        Assert.Contains(("North's leader", "k"), labels);
        // the capitalised title before a name is the same role
        labels = AllLabels("Harbour President Mira Solberg opened the hearing. Later the embattled president left early.",
            ("Mira Solberg", "m", EntityType.Person));
        Assert.Contains(("embattled president", "m"), labels);
    }

    [Fact]
    public void A_description_two_actors_could_own_or_met_before_any_label_is_left_out()
    {
        var two = AllLabels("Harbour President Mira Solberg met Island President Arvo Kallas. The president said little.",
            ("Mira Solberg", "m", EntityType.Person), ("Arvo Kallas", "k", EntityType.Person));
        Assert.DoesNotContain(two, l => l.Label == "president");
        var early = AllLabels("The strategist arrived first. Veteran strategist Tomas Brandt followed an hour later.",
            ("Tomas Brandt", "p", EntityType.Person));
        Assert.Equal([("Veteran strategist", "p")], early);
    }

    [Fact]
    public void A_role_of_something_else_or_a_label_before_a_name_is_no_description()
    {
        var labels = AllLabels("Veteran strategist Tomas Brandt spoke first. Then the strategist of the rival party replied, and the strategist Lena Vogt closed.",
            ("Tomas Brandt", "p", EntityType.Person), ("Lena Vogt", "v", EntityType.Person));
        Assert.DoesNotContain(labels, l => l.Id == "p" && l.Label == "strategist");
    }
}

