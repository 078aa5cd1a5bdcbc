using Storyline.Compare.Quotes;
using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Compare.Entities;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Quotes;

public class QuoteLedgerStageTests
{
    private static StoryDocument Ledger(ImmutableArray<StoryEntity> entities, params string[] texts)
    {
        var sentences = new SentenceStage();
        var quotes = new QuoteStage();
        var articles = texts.Select((t, i) => quotes.Process(sentences.Process(new Article($"a{i}", $"test{i}", t)))).ToImmutableArray();
        var story = new StoryDocument(new Story("s", articles)).With(StoryEntity.Section, entities);
        return new QuoteLedgerStage().Process(story);
    }

    private static StoryDocument Ledger(params string[] texts) => Ledger(ImmutableArray<StoryEntity>.Empty, texts);

    [Fact]
    public void Same_utterance_in_two_outlets_is_one_item_even_when_worded_differently()
    {
        var analysis = Ledger(
            "The port will keep \u201Ca minimum of crew for the winter months,\u201D said Ana Duarte.",
            "\u201CWe will keep minimal crew in the port for the winter months,\u201D Duarte said on Monday.");
        var item = Assert.Single(analysis.Quotes);
        Assert.Equal(["a0", "a1"], item.Citations.Select(c => c.ArticleId).Distinct().Order());
        Assert.Equal("Ana Duarte", item.SpeakerName);
    }

    [Fact]
    public void Different_speakers_are_never_merged()
    {
        var analysis = Ledger(
            "\u201CThe port will stay open for the whole winter,\u201D said Ana Duarte.",
            "\u201CThe port will stay open for the whole winter,\u201D said Tomas Reyes.");
        Assert.Equal(2, analysis.Quotes.Length);
    }

    [Fact]
    public void Different_utterances_of_one_speaker_stay_apart()
    {
        var analysis = Ledger(
            "\u201CThe port will stay open for the whole winter,\u201D said Ana Duarte.",
            "\u201CFishermen deserve a fair price for their catch,\u201D said Ana Duarte.");
        Assert.Equal(2, analysis.Quotes.Length);
    }

    [Fact]
    public void Trimmed_verbatim_versions_are_not_flagged()
    {
        var item = Assert.Single(Ledger(
            "\u201CThe harbour stays open for fishing crews during the winter,\u201D said Ana Duarte.",
            "\u201CThe harbour stays open for fishing crews,\u201D Duarte said.").Quotes);
        Assert.False(item.ParaphraseInQuoteMarks);
    }

    [Fact]
    public void Quote_marks_around_other_words_than_another_outlet_quotes_are_flagged()
    {
        var item = Assert.Single(Ledger(
            "\u201CHarbours remained opened during wintertime for fishermen,\u201D said Ana Duarte.",
            "\u201CHarbour remains open during winter for fishing,\u201D Duarte said.").Quotes);
        Assert.True(item.ParaphraseInQuoteMarks);
    }

    [Fact]
    public void Speaker_phrase_naming_a_nationality_and_a_person_links_to_the_person()
    {
        const string text = "Norland Harbour Minister Arvo Kallas said on Friday that Elwin would oppose the plan.";
        int norland = text.IndexOf("Norland", StringComparison.Ordinal), kallas = text.IndexOf("Arvo Kallas", StringComparison.Ordinal);
        // the nationality is listed first, as the more mentioned entity of the story would be
        var nationality = new StoryEntity("e1", "Norland", EntityType.Other, [], [new Citation("a0", new TextSpan(norland, 7))]);
        var office = new StoryEntity("e2", "Harbour Ministry", EntityType.Organization, [], [new Citation("a0", new TextSpan(norland + 8, 16))]);
        var person = new StoryEntity("e3", "Arvo Kallas", EntityType.Person, ["Kallas"], [new Citation("a0", new TextSpan(kallas, 11))]);
        var item = Assert.Single(Ledger([nationality, office, person], text).Quotes);
        Assert.Equal(("e3", "Arvo Kallas"), (item.SpeakerId, item.SpeakerName));
    }

    [Fact]
    public void Speaker_links_to_the_entity_by_surname_when_entities_exist()
    {
        var duarte = new StoryEntity("e1", "Ana Duarte", EntityType.Person, ["Duarte"], []);
        var analysis = Ledger([duarte], "\u201CThe port will stay open for the whole winter,\u201D Duarte said.");
        var item = Assert.Single(analysis.Quotes);
        Assert.Equal("e1", item.SpeakerId);
        Assert.Equal("Ana Duarte", item.SpeakerName);
    }

    [Fact]
    public void Speaker_links_to_the_entity_whose_mention_overlaps_the_resolved_speaker()
    {
        const string text = "Ana Duarte visited the port.\n\n\u201CThe port will stay open for the whole winter,\u201D she said.";
        var entity = new StoryEntity("e7", "A. Duarte", EntityType.Person, [], [new Citation("a0", new TextSpan(0, 10))]);
        var item = Assert.Single(Ledger([entity], text).Quotes);
        Assert.Equal("e7", item.SpeakerId);
    }

    [Fact]
    public void Without_entities_the_speaker_id_stays_null()
    {
        var item = Assert.Single(Ledger("\u201CThe port will stay open for the whole winter,\u201D said Ana Duarte.").Quotes);
        Assert.Null(item.SpeakerId);
        Assert.Equal("Ana Duarte", item.SpeakerName);
    }

    [Fact]
    public void Ledger_stage_declares_that_it_reads_the_story_entities()
    {
        // speakers are linked to the story's actors: without the entity stages the pipeline is refused when built
        var builder = new PipelineBuilder().Add(new SentenceStage()).Add(new QuoteStage()).Add(new QuoteLedgerStage());
        var error = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.Contains("'entities'", error.Message);
        Assert.Contains(TestModels.Pipeline().StoryStages, s => s is QuoteLedgerStage);
    }
}
