using Storyline.Articles;
using Storyline.Clean;
using Storyline.Cluster;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Similarity.Embeddings;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.Similarity;

/// <summary>The embedding matcher's plumbing, with a stand-in model: when it embeds, how often, what it caches.</summary>
public sealed class EmbeddingSentenceMatcherTests
{
    /// <summary>A bag-of-words stand-in for the language model: one dimension per hashed word, pieces = words; counts
    /// every text it is asked to embed.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        private int _calls;
        public List<string> Texts { get; } = [];
        public int Calls => _calls;
        public string Name => "bag-of-words";
        public int Dimensions => 64;

        public IReadOnlyList<SentenceEmbedding> Embed(IReadOnlyList<string> texts)
        {
            Interlocked.Increment(ref _calls);
            lock (Texts) Texts.AddRange(texts);
            return texts.Select(Vector).ToList();
        }

        private SentenceEmbedding Vector(string text)
        {
            var words = text.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            var sum = new float[Dimensions];
            var pieces = new float[words.Length * Dimensions];
            for (int i = 0; i < words.Length; i++)
            {
                int d = (int)(Storyline.Cluster.StableHash.Of(words[i]) % (uint)Dimensions);
                sum[d] += 1;
                pieces[i * Dimensions + d] = 1;
            }
            float norm = MathF.Sqrt(sum.Sum(x => x * x));
            if (norm > 0) for (int d = 0; d < Dimensions; d++) sum[d] /= norm;
            return new SentenceEmbedding(sum, pieces, words.Length);
        }
    }

    /// <summary>A decision on the cosine alone: the same statement from 0.7 up.</summary>
    private static ParaphraseModel CosineModel()
    {
        var names = PairFeatures.BaseNames;
        var weights = new double[names.Count];
        weights[0] = 20;
        return new ParaphraseModel(names, new double[names.Count], Enumerable.Repeat(1.0, names.Count).ToArray(), weights, -14, 0.5, 0.7);
    }

    private static readonly ModelStore Models = new();

    private static readonly string[] Texts =
    [
        "Estland severed diplomatic relations with Norland on Monday, the foreign ministry said. The border crossing at Vell was closed after a shooting.",
        "Estland broke off diplomatic relations with Norland on Monday in a sharp escalation of the dispute. The crossing at Vell was closed after a shooting.",
    ];

    private static StoryDocument Analyze(ISentenceMatcher matcher, params string[] outlets)
    {
        var pipeline = DefaultPipeline.CreateBuilder(Models, matcher).UseGrouper(new SingleStoryGrouper()).Build();
        var articles = outlets.Select((outlet, i) =>
        {
            var draft = new ArticleDraft($"test{i + 1}", Texts[i], new ArticleMetadata { Outlet = outlet, Published = DateTimeOffset.Parse("2026-02-10T08:00:00Z") });
            return pipeline.Annotate(Cleaner.Default.Clean(draft, $"a{i + 1}"));
        }).ToArray();
        return pipeline.Analyze(new Story("s1", [.. articles]));
    }

    [Fact]
    public void A_story_told_by_one_outlet_never_runs_the_model()
    {
        var model = new CountingEmbedder();
        var matcher = new EmbeddingSentenceMatcher(model, CosineModel());
        Analyze(matcher, "Harbor Times", "Harbor Times");
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public void A_story_of_two_outlets_embeds_each_claim_at_most_once_and_the_cache_serves_the_next_run()
    {
        var model = new CountingEmbedder();
        var cached = new CachedEmbedder(model);
        var matcher = new EmbeddingSentenceMatcher(cached, CosineModel());
        var story = Analyze(matcher, "Harbor Times", "Valley Post");
        Assert.NotEmpty(model.Texts); // the fact ledger's claims that a pair needed; no other stage asks the model
        Assert.Equal(model.Texts.Count, model.Texts.Distinct().Count());
        Assert.Contains(story.Facts, f => f.ArticleIds.Length == 2);

        int embedded = model.Texts.Count;
        Analyze(matcher, "Harbor Times", "Valley Post");
        Assert.Equal(embedded, model.Texts.Count); // every claim came from the cache
        Assert.Equal(embedded, cached.Count);
    }

    [Fact]
    public void Only_sentences_of_a_pair_the_model_is_asked_about_are_embedded()
    {
        var model = new CountingEmbedder();
        var matcher = new EmbeddingSentenceMatcher(model, CosineModel());
        var views = new[]
        {
            new SentenceView("The mayor ordered the contractor to hand over its records within three days", Source: "a"),
            new SentenceView("The contractor has 72 hours to give the city its maintenance records, the mayor said", Source: "b"),
            new SentenceView("The harvest festival in the capital drew record crowds", Source: "b"),
        };
        var comparer = matcher.Prepare(views);
        // words that share nothing: the lexical answer, no embedding
        Assert.False(comparer.Compare(0, 2, MatchPurpose.FactSameWords).Same);
        Assert.Empty(model.Texts);
        // words that share enough but not all: the model is asked, and only these two are embedded
        var lexical = LexicalSentenceMatcher.Instance.Prepare(views).Compare(0, 1, MatchPurpose.FactSameWords);
        Assert.False(lexical.Same);
        Assert.True(lexical.Score >= EmbeddingSentenceMatcher.ModelFloor);
        var judged = comparer.Compare(0, 1, MatchPurpose.FactSameWords);
        Assert.Equal(new[] { views[0].Text, views[1].Text }.Order(StringComparer.Ordinal), model.Texts.Order(StringComparer.Ordinal));
        // the score stays the words' weight, so centrality and merge order read one scale
        Assert.Equal(lexical.Score, judged.Score);
    }

    [Fact]
    public void A_pair_the_lexical_rule_already_joins_needs_no_embedding_but_the_checks_still_veto()
    {
        var model = new CountingEmbedder();
        var matcher = new EmbeddingSentenceMatcher(model, CosineModel());
        var same = matcher.Prepare([new SentenceView("The storm killed 14 people in the coastal town on Monday", Source: "a"),
            new SentenceView("The storm killed 14 people in the coastal town on Monday night", Source: "b")]);
        Assert.True(same.Compare(0, 1, MatchPurpose.FactSameWords).Same);
        var other = matcher.Prepare([new SentenceView("The storm killed 14 people in the coastal town on Monday", Source: "a"),
            new SentenceView("The storm killed 40 people in the coastal town on Monday", Source: "b")]);
        Assert.Equal(MatchReason.AmountsConflict, other.Compare(0, 1, MatchPurpose.FactSameWords).Reason);
        Assert.Empty(model.Texts);
    }

    [Fact]
    public void Without_a_model_run_the_loader_is_never_called()
    {
        bool loaded = false;
        var matcher = new EmbeddingSentenceMatcher(new Lazy<ISentenceEmbedder>(() => { loaded = true; return new CountingEmbedder(); }), CosineModel());
        Analyze(matcher, "Harbor Times", "Harbor Times");
        Assert.False(loaded);
        Analyze(matcher, "Harbor Times", "Valley Post");
        Assert.True(loaded);
    }

    [Fact]
    public void Only_fact_alignment_asks_the_model()
    {
        var model = new CountingEmbedder();
        var matcher = new EmbeddingSentenceMatcher(model, CosineModel());
        var views = new[] { new SentenceView("Estland severed ties with Norland", Source: "a"), new SentenceView("Estland broke off ties with Norland", Source: "b") };
        var comparer = matcher.Prepare(views);
        foreach (var purpose in Enum.GetValues<MatchPurpose>().Where(p => !EmbeddingSentenceMatcher.UsesModel(p)))
            Assert.Equal(LexicalSentenceMatcher.Instance.Prepare(views).Compare(0, 1, purpose), comparer.Compare(0, 1, purpose));
        Assert.Equal(0, model.Calls);
        comparer.Compare(0, 1, MatchPurpose.SameMeaning);
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public void A_check_vetoes_an_otherwise_matching_pair_and_says_why()
    {
        var matcher = new EmbeddingSentenceMatcher(new CountingEmbedder(), CosineModel());
        var a = new SentenceView("The storm killed 14 people in the coastal town on Monday", Source: "a");
        var b = new SentenceView("The storm killed 40 people in the coastal town on Monday", Source: "b");
        var score = matcher.Compare(a, b, MatchPurpose.FactSameWords);
        Assert.False(score.Same);
        Assert.Equal(MatchReason.AmountsConflict, score.Reason);
        var unrelated = matcher.Compare(a, new SentenceView("Schools reopen after the holiday", Source: "b"), MatchPurpose.FactSameWords);
        Assert.Equal(MatchReason.BelowThreshold, unrelated.Reason);
    }

    [Fact]
    public void A_figure_conflict_is_the_same_event_with_other_amounts_and_other_sources_but_not_other_roles_or_days()
    {
        var matcher = new EmbeddingSentenceMatcher(new CountingEmbedder(), CosineModel());
        // the amounts (and who gives them) are what the conflict is: the fact question keeps them apart, the conflict question joins them
        var a = new SentenceView("The storm killed 14 people in the coastal town on Monday, the mayor said", Source: "a");
        var b = new SentenceView("The storm killed 40 people in the coastal town on Monday, the governor said", Source: "b");
        Assert.False(matcher.Compare(a, b, MatchPurpose.FactSameEvent).Same);
        Assert.True(matcher.Compare(a, b, MatchPurpose.FactConflict).Same);
        // another day is another storm
        var otherDay = new SentenceView("The storm killed 40 people in the coastal town on Friday, the mayor said", Source: "b");
        var judged = matcher.Compare(a, otherDay, MatchPurpose.FactConflict);
        Assert.Equal((false, MatchReason.DaysDiffer), (judged.Same, judged.Reason));
    }

    [Fact]
    public void The_cache_is_bounded_and_keeps_what_was_used_last()
    {
        var model = new CountingEmbedder();
        var cache = new CachedEmbedder(model, capacity: 4);
        for (int i = 0; i < 10; i++) cache.Embed([$"sentence number {i}"]);
        Assert.InRange(cache.Count, 1, 4);
        int before = model.Texts.Count;
        cache.Embed(["sentence number 9"]);
        Assert.Equal(before, model.Texts.Count);
        cache.Embed(["sentence number 0"]);
        Assert.Equal(before + 1, model.Texts.Count);
    }

    [Fact]
    public void The_cache_answers_many_threads_with_the_same_vectors()
    {
        var cache = new CachedEmbedder(new CountingEmbedder(), capacity: 64);
        var texts = Enumerable.Range(0, 40).Select(i => $"claim {i % 20} of the story").ToArray();
        var results = new SentenceEmbedding[texts.Length];
        Parallel.For(0, texts.Length, i => results[i] = cache.Embed([texts[i]])[0]);
        for (int i = 0; i < 20; i++) Assert.Equal(results[i].Vector, results[i + 20].Vector);
    }
}
