using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Tests.Support;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Entities;

public sealed class LongTextEntityTests
{
    [Fact]
    public void A_text_longer_than_one_pass_is_tagged_in_every_pass_with_spans_on_the_names()
    {
        // more sentences than one tagger pass reads, so the text is tagged in two passes
        var sentence = "Mayor Lena Okafor opened the new ferry terminal in Port Elwin on Monday morning. ";
        var text = string.Concat(Enumerable.Repeat(sentence, EntityStage.MaxSentencesPerPass + 40));
        var article = new EntityStage(TestModels.Store.Entities).Process(new SentenceStage().Process(new Article("long", "long", text)));
        var mentions = article.Get(EntityMention.Layer);
        var people = mentions.Where(m => m.Type == EntityType.Person).ToList();
        var places = mentions.Where(m => m.Type == EntityType.Place).ToList();
        Assert.Equal(EntityStage.MaxSentencesPerPass + 40, people.Count);
        Assert.Equal(EntityStage.MaxSentencesPerPass + 40, places.Count);
        Assert.All(people, m => Assert.Equal("Lena Okafor", article.SliceString(m.Span)));
        Assert.All(places, m => Assert.Equal("Port Elwin", article.SliceString(m.Span)));
        // the last sentence is in the second pass and keeps its offsets in the whole text
        Assert.Equal(text.LastIndexOf("Lena Okafor", StringComparison.Ordinal), people[^1].Span.Start);
    }
}
