using Storyline.Summarize;
using Storyline.Text;

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
    public void The_shipped_model_loads_with_the_current_features()
    {
        var model = ConceptModel.Default;
        Assert.NotNull(model);
        Assert.Equal(ConceptFeatures.Count, model.Unigram.Length);
        Assert.Equal(ConceptFeatures.Count, model.Bigram.Length);
        Assert.True(model.Lexicon.Count > 1000, "the shipped lexicon should hold the corpus statistics of thousands of stems");
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

        using var wrongMagic = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(wrongMagic, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gz.Write("some other file\n"u8);
        wrongMagic.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => ConceptModel.Load(wrongMagic));
        Assert.Contains("concept model", error.Message);
    }

    [Fact]
    public void Features_count_documents_and_lead_positions()
    {
        var cluster = ClusterModel.Build(Documents(), SummarizerSettings.Default);
        var v = cluster.Vocabulary;
        long residents = Bigram(v, "four", "thousand");
        long baker = Bigram(v, "local", "baker");
        Span<double> shared = stackalloc double[ConceptFeatures.Count];
        Span<double> single = stackalloc double[ConceptFeatures.Count];
        cluster.Features(residents, bigram: true, ConceptLexicon.Empty, shared);
        cluster.Features(baker, bigram: true, ConceptLexicon.Empty, single);
        int dfShare = Array.IndexOf(ConceptFeatures.Names, "df_share"), first = Array.IndexOf(ConceptFeatures.Names, "first_share");
        Assert.Equal(1.0, shared[dfShare], 6);
        Assert.Equal(1.0, shared[first], 6);
        Assert.Equal(1.0 / 3, single[dfShare], 6);
        Assert.Equal(0.0, single[first], 6);
    }

    [Fact]
    public void The_shipped_model_values_what_every_outlet_leads_with_over_one_outlets_aside()
    {
        var cluster = ClusterModel.Build(Documents(), SummarizerSettings.Default with { UseConceptModel = true });
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
        int dfShare = Array.IndexOf(ConceptFeatures.Names, "df_share");
        Assert.True(a.Bigram[dfShare] > 0, "in these clusters the summary uses exactly the concepts all reports share");
    }

    private static long Bigram(TermVocabulary v, string a, string b) =>
        ((long)v.Find(Stem(a)) << 32) | (uint)v.Find(Stem(b));

    private static string Stem(string w) => w.Length > 3 ? PorterStemmer.Stem(w) : w;
}
