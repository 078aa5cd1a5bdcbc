using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Text;
using Storyline.Language;
using Storyline.Tests.Support;

namespace Storyline.Tests.Annotate.Entities;

public sealed class EntityTaggerTests
{
    [Fact]
    public void Shipped_model_loads_from_the_assembly_and_tags_a_sentence()
    {
        var tagger = TestModels.Tagger;
        Assert.True(tagger.FeatureCount > 10_000);
        string[][] doc = [["Angela", "Merkel", "met", "officials", "of", "the", "European", "Union", "in", "Paris", "on", "Monday", "."]];
        var phrases = tagger.Tag(doc)[0];
        Assert.Contains((0, 2, EntityType.Person), phrases);
        Assert.Contains((6, 8, EntityType.Organization), phrases);
        Assert.Contains((9, 10, EntityType.Place), phrases);
    }

    [Fact]
    public void Saved_model_reads_back_and_tags_identically()
    {
        using var stream = new MemoryStream();
        NerTraining.Save(TestModels.Tagger, stream);
        stream.Position = 0;
        var copy = EntityTagger.Load(stream);
        string[][] doc = [["Officials", "in", "Brazil", "said", "Petrobras", "would", "respond", "."], ["Lula", "spoke", "later", "."]];
        Assert.Equal(TestModels.Tagger.TagIob(doc), copy.TagIob(doc));
    }

    [Fact]
    public void A_capitals_headline_takes_the_type_the_body_gives_the_same_name()
    {
        string[][] doc =
        [
            ["KORVAN", "QUITS", "AFTER", "DEFEAT", "."],
            ["Midfielder", "Daniel", "Korvan", "said", "on", "Monday", "he", "would", "retire", "."],
            ["Korvan", ",", "31", ",", "played", "eleven", "seasons", "for", "the", "club", "."],
        ];
        var tags = TestModels.Tagger.TagIob(doc);
        Assert.Equal("B-PER", tags[0][0]);
        Assert.Equal("B-PER", tags[2][0]);
    }

    [Fact]
    public void A_file_that_is_not_a_model_gives_a_clear_error()
    {
        using var stream = new MemoryStream([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(stream));
    }

    [Fact]
    public void Entity_stage_gives_spans_over_the_article_text_with_typographic_quotes()
    {
        const string text = "“We will stay,” said Governor Ray Lund of Texas.\nThe United Nations’ envoy arrived in Geneva.";
        var article = new SentenceStage().Process(new Article("a1", "test", text));
        var mentions = new EntityStage(TestModels.Store.Entities).Process(article).Get(EntityMention.Layer);
        var names = mentions.Select(m => (text[m.Span.Start..m.Span.End], m.Type)).ToList();
        Assert.Contains(("Ray Lund", EntityType.Person), names);
        Assert.Contains(("Texas", EntityType.Place), names);
        Assert.Contains(("Geneva", EntityType.Place), names);
        Assert.Contains(names, n => n.Item1 == "United Nations");
    }

    [Fact]
    public void Titles_reach_the_tagger_with_their_period_as_in_conll()
    {
        const string text = "Mr. Okafor met Col. Ndu and the St. Louis mayor at 3 p.m. on Friday.";
        var tokens = Tokenizer.Tokenize(text).ToList();
        var joined = EntityStage.JoinTitlePeriods(text, tokens, LanguagePacks.English.Sentences).Select(t => text[t.Span.Start..t.Span.End]).ToList();
        Assert.Equal(["Mr.", "Okafor", "met", "Col.", "Ndu"], joined.Take(5));
        Assert.Contains("St.", joined);
        Assert.DoesNotContain("Mr", joined);
        // the end of the sentence is not a title's period
        Assert.Equal(".", joined[^1]);
    }
}
