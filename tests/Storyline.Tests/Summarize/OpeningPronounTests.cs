using Storyline.Compare.Dates;
using Storyline.Stories;
using Storyline.Tests.Support;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Summarize;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Summarize;

public sealed class OpeningPronounTests
{
    [Theory]
    [InlineData("While visiting the harbour, he condemned the blockade.", "", true)]
    [InlineData("After the vote on Tuesday, their leader walked out of the chamber.", "", true)]
    [InlineData("While visiting Port Alder, Westland, she praised the rescue crews.", "", true)]           // places are no antecedent
    [InlineData("After Okafor spoke, she left the council chamber.", "Okafor", false)]                   // the opening names her
    [InlineData("He condemned the blockade.", "", false)]                                              // opens with it: the opener rule's case
    [InlineData("After the vote, it was clear the plan had failed.", "", false)]                          // "it" is not a reference
    [InlineData("The crews, he said, worked through the night.", "", true)]
    [InlineData("\"We will rebuild,\" he said after the vote.", "", false)]                                // quoted speech
    [InlineData("In a long statement issued on behalf of the regional council and every harbour authority along the coast, he said the barrier held.", "", false)] // 20 words: a clause, not an opening
    public void A_pronoun_after_an_opening_phrase_that_names_no_person_points_back(string sentence, string person, bool expected)
    {
        var people = person.Length == 0
            ? ImmutableArray<TextSpan>.Empty
            : [new TextSpan(sentence.IndexOf(person, StringComparison.Ordinal), person.Length)];
        Assert.Equal(expected, OpeningPronoun.PointsBack(sentence, new TextSpan(0, sentence.Length), people, LanguagePacks.English.Summary));
    }

    // invented: the second sentence of a1 restates a2's blockade, but its "he" is the minister named a sentence earlier
    private static readonly (string Id, string Text, string Person)[] Reports =
    [
        ("a1", "Sergei Talov arrived on Monday.\n" +
               "While touring the harbour district of Marbury on Monday, he condemned the naval blockade of the port as illegal and reckless.", "Sergei Talov"),
        ("a2", "Talks on the naval blockade of the port of Marbury stalled on Monday, officials said.", ""),
    ];

    private static StoryDocument Run(SummarizerSettings settings, bool withEntities)
    {
        var sentences = new SentenceStage();
        var articles = Reports.Select((r, i) =>
        {
            var article = sentences.Process(new Article(r.Id, r.Id + ".txt", r.Text,
                new ArticleMetadata { Published = new DateTimeOffset(2026, 3, 3, i + 1, 0, 0, TimeSpan.Zero) }));
            if (!withEntities) return article;
            ImmutableArray<EntityMention> people = r.Person.Length == 0
                ? []
                : [new EntityMention(new TextSpan(r.Text.IndexOf(r.Person, StringComparison.Ordinal), r.Person.Length), EntityType.Person)];
            return article.With(EntityMention.Layer, people);
        }).ToImmutableArray();
        return new SummaryStage(TestModels.Store.Summarizer, settings).Process(new StoryDocument(new Story("s1", articles)).With(StoryDates.Section, StoryDates.Empty));
    }

    // the summary and the headline, as the reader sees them
    private static IEnumerable<string> Shown(StoryDocument a) =>
        a.Summary.Select(s => s.Text).Concat(a.Headline is { } h ? [h.Text] : []);

    [Fact]
    public void With_person_names_the_dangling_sentence_is_left_out_of_summary_and_headline()
    {
        var settings = SummarizerSettings.Default with { Words = 40 };
        var analysis = Run(settings, withEntities: true);
        Assert.NotEmpty(analysis.Summary);
        Assert.DoesNotContain(Shown(analysis), s => s.Contains(", he condemned", StringComparison.Ordinal));
        // guards: the sentence is shown when the rule is off, and when no entity layer says who is a person
        Assert.Contains(Shown(Run(settings with { OpeningPronounNeedsPerson = false }, withEntities: true)),
            s => s.Contains(", he condemned", StringComparison.Ordinal));
        Assert.Contains(Shown(Run(settings, withEntities: false)), s => s.Contains(", he condemned", StringComparison.Ordinal));
    }
}
