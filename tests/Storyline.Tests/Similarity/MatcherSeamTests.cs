using System.Collections.Concurrent;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Stages;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.Similarity;

/// <summary>Every "same statement?" judge asks the one sentence matcher it is given, and follows its answer.</summary>
public sealed class MatcherSeamTests
{
    /// <summary>A matcher that writes down every purpose it is asked, and answers as told (the lexical matcher's
    /// answer when told nothing).</summary>
    private sealed class FakeMatcher(bool? answer) : ISentenceMatcher
    {
        public ConcurrentDictionary<MatchPurpose, int> Asked { get; } = new();

        private MatchScore Answer(MatchScore lexical, MatchPurpose purpose)
        {
            Asked.AddOrUpdate(purpose, 1, (_, n) => n + 1);
            return answer switch
            {
                true => new MatchScore(1, true, MatchReason.Matched),
                false => new MatchScore(0, false, MatchReason.BelowThreshold),
                null => lexical,
            };
        }

        public MatchScore Compare(SentenceView a, SentenceView b, MatchPurpose purpose) =>
            Answer(LexicalSentenceMatcher.Instance.Compare(a, b, purpose), purpose);

        public ISentenceComparer Prepare(IReadOnlyList<SentenceView> sentences) =>
            new Comparer(this, LexicalSentenceMatcher.Instance.Prepare(sentences));

        private sealed class Comparer(FakeMatcher owner, ISentenceComparer lexical) : ISentenceComparer
        {
            public int Count => lexical.Count;
            public MatchScore Compare(int a, int b, MatchPurpose purpose) => owner.Answer(lexical.Compare(a, b, purpose), purpose);
        }
    }

    private static readonly (string Outlet, string? Published, string Text)[] Inputs =
    [
        ("Harbor Times", "2026-02-10",
            "Estland severed diplomatic relations with Norland on Monday, the foreign ministry in Talvik said in a statement. " +
            "\"We will not accept this provocation from our neighbours,\" Foreign Minister Anna Berg said. " +
            "The border crossing at Vell was closed on Sunday after a shooting in which 14 people were killed, the police said."),
        ("Valley Post", "2026-02-10",
            "Estland broke off diplomatic ties with Norland on Monday in a sharp escalation of the border dispute between the neighbours. " +
            "\"This provocation from our neighbours will not be accepted,\" Foreign Minister Anna Berg told reporters. " +
            "The crossing at Vell was closed on Sunday after a shooting in which 20 people were killed, a rights group said."),
        ("Coast Daily", null,
            "The border crossing at Vell was closed on Sunday after a shooting, officials said on Tuesday. " +
            "Estland cut its diplomatic ties with Norland on Monday, according to the foreign ministry in Talvik."),
    ];

    private static StoryDocument Analyze(ISentenceMatcher matcher)
    {
        var pipeline = DefaultPipeline.CreateBuilder(TestModels.Store, matcher).UseGrouper(new SingleStoryGrouper()).Build();
        var articles = Inputs.Select((input, i) =>
        {
            DateTimeOffset? published = input.Published is null ? null : DateTimeOffset.Parse(input.Published + "T08:00:00Z");
            var draft = new ArticleDraft($"test{i + 1}", input.Text, new ArticleMetadata { Outlet = input.Outlet, Published = published });
            return pipeline.Annotate(Cleaner.Default.Clean(draft, $"a{i + 1}"));
        }).ToArray();
        return pipeline.Analyze(new Story("s1", [.. articles]));
    }

    [Fact]
    public void Every_judge_asks_the_matcher_it_is_given()
    {
        var fake = new FakeMatcher(answer: null);
        var story = Analyze(fake);
        Assert.Contains(story.Conflicts, c => c.Kind == "figure"); // 14 and 20 killed, for the matcher to undo below
        foreach (var purpose in new[]
                 {
                     MatchPurpose.FactSameWords, MatchPurpose.FactSameEvent, MatchPurpose.FigureAboutOtherAmount, MatchPurpose.TimelineSameDay,
                     MatchPurpose.PublicationDateEvidence, MatchPurpose.SummarySupport, MatchPurpose.SameUtterance,
                 })
            Assert.True(fake.Asked.ContainsKey(purpose), $"nobody asked {purpose}: {string.Join(", ", fake.Asked.Keys)}");
        // answering as the lexical matcher would, the fake changes nothing
        Assert.Equal(Summary(Analyze(LexicalSentenceMatcher.Instance)), Summary(story));
    }

    [Fact]
    public void Judges_follow_the_matchers_answer()
    {
        var never = Analyze(new FakeMatcher(answer: false));
        var always = Analyze(new FakeMatcher(answer: true));

        // summary: a sentence is supported by other articles only when the matcher says they restate it
        Assert.All(never.Summary, s => Assert.Single(s.Citations.Select(c => c.ArticleId).Distinct()));
        Assert.Contains(always.Summary, s => s.Citations.Select(c => c.ArticleId).Distinct().Count() == 3);

        // fact ledger: "severed relations" and "broke off ties" are one fact only when the matcher says their words do
        Assert.DoesNotContain(never.Facts, f => f.ArticleIds.Length > 1);
        Assert.Contains(always.Facts, f => f.ArticleIds.Length > 1);

        // figures: 14 and 20 killed conflict only when the matcher says the two count the same thing
        Assert.Empty(never.Conflicts);

        // quote ledger: the minister's two wordings are one utterance only when the matcher says so
        Assert.All(never.Quotes, q => Assert.Single(q.Citations.Select(c => c.ArticleId).Distinct()));
        Assert.Contains(always.Quotes, q => q.Citations.Select(c => c.ArticleId).Distinct().Count() == 2);

        // timeline: mentions of one day are one entry only when the matcher says they tell one event
        Assert.All(never.Timeline.Concat(never.Background), e => Assert.Single(e.Citations.Select(c => c.ArticleId).Distinct()));
        Assert.Contains(always.Timeline.Concat(always.Background), e => e.Citations.Select(c => c.ArticleId).Distinct().Count() > 1);
    }

    private static string Summary(StoryDocument story) =>
        string.Join("\n", story.Summary.Select(s => s.Text + " " + string.Join(' ', s.Citations.Select(c => $"{c.ArticleId}:{c.Span.Start}-{c.Span.End}"))))
        + "\n" + string.Join("\n", story.Facts.Select(f => f.Text + " " + string.Join(' ', f.ArticleIds)))
        + "\n" + string.Join("\n", story.Timeline.Select(e => e.Date + " " + e.Event + " " + e.Citations.Length))
        + "\n" + string.Join("\n", story.Quotes.Select(q => q.Text + " " + q.Citations.Length));
}
