using Storyline.Lab.Training.Ner;
using Storyline.Lab.Training.Summarizer;
using Storyline.Summarize;
using Storyline.Tests.Support;
using Storyline.Text;
using Storyline.Language.English;

namespace Storyline.Tests.Summarize;

public sealed class ConceptModelTests
{
    // Invented reports of an invented event, written for this test.
    private static readonly string[] Reports =
    [
        "Floods in the Velden valley forced four thousand residents from their homes on Sunday. A local baker said the river rose overnight. The regional council opened three shelters in school buildings.",
        "Four thousand residents of the Velden valley fled their homes as floods swept the region on Sunday. Emergency crews used boats to reach farms. A football match was postponed.",
        "The Velden valley floods drove four thousand residents from their homes, officials said on Monday. The regional council asked the army for help. Forecasters expect more rain this week.",
    ];

    private static SummaryDocument[] Documents() =>
        Reports.Select((r, i) => SummaryDocument.FromText(r, i)).ToArray();

    [Fact]
    public void The_shipped_model_loads_with_the_size_free_features()
    {
        var model = TestModels.Summarizer.Concepts;
        Assert.NotNull(model);
        Assert.Equal(ConceptFeatureSet.SizeFreeWithDocs, model.FeatureSet);
        Assert.Equal(ConceptFeatures.SizeFreeWithDocsNames.Length, model.Unigram.Length);
        Assert.Equal(ConceptFeatures.SizeFreeWithDocsNames.Length, model.Bigram.Length);
        Assert.True(model.Lexicon.Count > 1000, "the shipped lexicon should hold the corpus statistics of thousands of stems");
    }

    [Theory]
    [InlineData(ConceptFeatureSet.Counts)]
    [InlineData(ConceptFeatureSet.SizeFree)]
    [InlineData(ConceptFeatureSet.SizeFreeWithDocs)]
    public void Every_feature_set_saves_and_loads_with_its_names(ConceptFeatureSet set)
    {
        int count = ConceptFeatures.NamesOf(set).Length;
        var weights = Enumerable.Range(0, count).Select(i => i * 0.25 - 1).ToArray();
        var model = new ConceptModel(weights, weights, ConceptLexicon.Empty, set);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = ConceptModel.Load(stream);
        Assert.Equal(set, loaded.FeatureSet);
        Assert.Equal(weights, loaded.Unigram);
    }

    [Fact]
    public void A_model_with_unknown_feature_names_is_a_clear_error()
    {
        using var stream = Gzipped.Text("storyline-concepts 1\nfeatures bias some_feature\nunigram 0 1\nbigram 0 1\ncorpus 1 1 0.2\n");
        var error = Assert.Throws<InvalidDataException>(() => ConceptModel.Load(stream));
        Assert.Contains("train summarizer", error.Message);
    }

    [Fact]
    public void Size_free_features_do_not_change_when_every_document_is_repeated()
    {
        // twice the documents and sentences, the same story: only the count features may move
        var once = ClusterModel.Build(Documents(), SummarizerSettings.Default, TestModels.Summarizer);
        var twice = ClusterModel.Build(Reports.Concat(Reports).Select((r, i) => SummaryDocument.FromText(r, i)).ToArray(), SummarizerSettings.Default, TestModels.Summarizer);
        long residents = Bigram(once.Vocabulary, "four", "thousand");
        Assert.Equal(residents, Bigram(twice.Vocabulary, "four", "thousand"));
        foreach (var set in new[] { ConceptFeatureSet.SizeFree, ConceptFeatureSet.Counts })
        {
            var names = ConceptFeatures.NamesOf(set);
            var a = new double[names.Length];
            var b = new double[names.Length];
            once.Features(residents, bigram: true, set, ConceptLexicon.Empty, a);
            twice.Features(residents, bigram: true, set, ConceptLexicon.Empty, b);
            for (int i = 0; i < names.Length; i++)
            {
                if (set == ConceptFeatureSet.SizeFree) Assert.True(Math.Abs(a[i] - b[i]) < 1e-12, $"{names[i]}: {a[i]} vs {b[i]}");
                else if (names[i] is "log_sentences" or "log_df" or "log_docs") Assert.True(b[i] > a[i], names[i]);
            }
        }
    }

    [Fact]
    public void Log_docs_stops_at_the_largest_training_cluster()
    {
        var ten = Enumerable.Range(0, 10).SelectMany(_ => Reports).Take(10).ToArray();
        var twenty = Enumerable.Range(0, 10).SelectMany(_ => Reports).Take(20).ToArray();
        int docs = ConceptFeatures.SizeFreeWithDocsNames.IndexOf("log_docs");
        double LogDocs(string[] reports)
        {
            var cluster = ClusterModel.Build(reports.Select((r, i) => SummaryDocument.FromText(r, i)).ToArray(), SummarizerSettings.Default, TestModels.Summarizer);
            var x = new double[ConceptFeatures.SizeFreeWithDocsNames.Length];
            cluster.Features(Bigram(cluster.Vocabulary, "four", "thousand"), bigram: true, ConceptFeatureSet.SizeFreeWithDocs, ConceptLexicon.Empty, x);
            return x[docs];
        }
        Assert.Equal(Math.Log(ConceptFeatures.MaxTrainedDocuments), LogDocs(ten), 12);
        Assert.Equal(LogDocs(ten), LogDocs(twenty), 12);
    }

    [Fact]
    public void Save_then_load_gives_the_same_weights_and_stems()
    {
        var lexicon = new ConceptLexicon(100, 10, 0.25, new Dictionary<string, StemCounts>
        {
            ["flood"] = new(12, 7, 5),
            ["baker"] = new(3, 2, 0),
        });
        var weights = Enumerable.Range(0, ConceptFeatures.Count).Select(i => i * 0.125 - 1).ToArray();
        var model = new ConceptModel(weights, weights.Reverse().ToArray(), lexicon);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = ConceptModel.Load(stream);
        Assert.Equal(model.Unigram, loaded.Unigram);
        Assert.Equal(model.Bigram, loaded.Bigram);
        Assert.Equal(lexicon.Stems, loaded.Lexicon.Stems);
        Assert.Equal(lexicon.BaseRate, loaded.Lexicon.BaseRate);
    }

    [Fact]
    public void Loading_something_that_is_not_a_model_is_a_clear_error()
    {
        using var notGzip = new MemoryStream("hello"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => ConceptModel.Load(notGzip));

        using var wrongMagic = Gzipped.Text("some other file\n");
        var error = Assert.Throws<InvalidDataException>(() => ConceptModel.Load(wrongMagic));
        Assert.Contains("concept model", error.Message);
    }

    [Fact]
    public void Features_count_documents_and_lead_positions()
    {
        var cluster = ClusterModel.Build(Documents(), SummarizerSettings.Default, TestModels.Summarizer);
        var v = cluster.Vocabulary;
        long residents = Bigram(v, "four", "thousand");
        long baker = Bigram(v, "local", "baker");
        Span<double> shared = stackalloc double[ConceptFeatures.Count];
        Span<double> single = stackalloc double[ConceptFeatures.Count];
        cluster.Features(residents, bigram: true, ConceptFeatureSet.Counts, ConceptLexicon.Empty, shared);
        cluster.Features(baker, bigram: true, ConceptFeatureSet.Counts, ConceptLexicon.Empty, single);
        int dfShare = ConceptFeatures.Names.IndexOf("df_share"), first = ConceptFeatures.Names.IndexOf("first_share");
        Assert.Equal(1.0, shared[dfShare], 6);
        Assert.Equal(1.0, shared[first], 6);
        Assert.Equal(1.0 / 3, single[dfShare], 6);
        Assert.Equal(0.0, single[first], 6);
    }

    [Fact]
    public void The_shipped_model_values_what_every_outlet_leads_with_over_one_outlets_aside()
    {
        var cluster = ClusterModel.Build(Documents(), SummarizerSettings.Default with { UseConceptModel = true }, TestModels.Summarizer);
        var v = cluster.Vocabulary;
        Assert.True(cluster.BigramWeight(Bigram(v, "four", "thousand")) > cluster.BigramWeight(Bigram(v, "local", "baker")));
        Assert.True(cluster.UnigramWeight(v.Find(Stem("velden"))) > cluster.UnigramWeight(v.Find(Stem("football"))));
        Assert.True(v.Find(Stem("football")) >= 0);
    }

    [Fact]
    public void The_summary_prior_leaves_out_the_clusters_own_summary()
    {
        var lexicon = new ConceptLexicon(100, 50, 0.25, new Dictionary<string, StemCounts> { ["flood"] = new(30, 10, 6) });
        Assert.True(lexicon.TryPrior("flood", null, out var all));
        Assert.True(lexicon.TryPrior("flood", true, out var withoutOwnHit));
        Assert.True(lexicon.TryPrior("flood", false, out var withoutOwnMiss));
        Assert.True(withoutOwnHit < all && all < withoutOwnMiss);
        Assert.False(lexicon.TryPrior("baker", null, out _));
    }

    [Fact]
    public void Training_is_deterministic_and_learns_that_shared_concepts_reach_the_summary()
    {
        var clusters = Enumerable.Range(0, 6).Select(i => new SummaryTrainingCluster(
            Reports.Select(r => r.Replace("Velden", "Velden" + (char)('a' + i))).ToArray(),
            $"Floods in the Velden{(char)('a' + i)} valley forced four thousand residents from their homes, and the regional council opened shelters.")).ToList();
        var a = ConceptModelTrainer.Train(clusters, SummarizerSettings.Default);
        var b = ConceptModelTrainer.Train(clusters, SummarizerSettings.Default);
        Assert.Equal(a.Unigram, b.Unigram);
        Assert.Equal(a.Bigram, b.Bigram);
        Assert.Equal(ConceptFeatureSet.SizeFreeWithDocs, a.FeatureSet);
        int dfShare = ConceptFeatures.NamesOf(a.FeatureSet).IndexOf("df_share");
        Assert.True(a.Bigram[dfShare] > 0, "in these clusters the summary uses exactly the concepts all reports share");
    }

    [Fact]
    public void The_diagnosis_reads_inputs_and_reports_every_feature_of_the_model()
    {
        var model = TestModels.Summarizer.Concepts!;
        var d = ConceptDiagnostics.Measure(model, [Reports, Reports.Take(2).ToArray()], SummarizerSettings.Default);
        Assert.Equal(2, d.Clusters);
        Assert.Equal(2.5, d.MeanDocuments, 12);
        Assert.Equal(ConceptFeatures.NamesOf(model.FeatureSet).Skip(1), d.Features.Select(f => f.Name));
        foreach (var spread in new[] { d.Stems, d.Bigrams })
        {
            Assert.True(spread.Probability.Count > 0);
            Assert.All(spread.Probability.Quantiles, q => Assert.InRange(q, 0, 1));
            Assert.Equal(spread.Probability.Quantiles.Order(), spread.Probability.Quantiles);
            Assert.True(spread.AtRank[0] >= spread.AtRank[1]);
        }
    }

    private static long Bigram(TermVocabulary v, string a, string b) =>
        ((long)v.Find(Stem(a)) << 32) | (uint)v.Find(Stem(b));

    private static string Stem(string w) => w.Length > 3 ? RougePorterStemmer.Instance.Stem(w) : w;
}
