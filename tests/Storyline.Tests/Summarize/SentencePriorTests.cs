using Storyline.Summarize;
using Storyline.Language;
using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

public sealed class SentencePriorTests
{
    // Invented reports, written for this test.
    private static readonly SummaryDocument[] Docs = new[]
    {
        "Flood water reached the centre of Dunmore on Thursday after three days of heavy rain in the hills above the town. About two hundred homes were evacuated and the fire brigade used boats to reach elderly residents. The river peaked at 4.2 metres, the highest level since records began in 1921. Schools will stay closed until Monday.",
        "Hundreds of people left their homes in Dunmore on Thursday as the river burst its banks after days of rain. Firefighters rowed boats through flooded streets to rescue elderly residents. The council opened the sports hall as a shelter. A local baker said business would take weeks to recover.",
        "The river in Dunmore rose to its highest level on record on Thursday, flooding the town centre and forcing about two hundred households to leave. Forecasters expect more rain on the weekend. Insurance companies have sent assessors to the town.",
    }.Select((t, i) => SummaryDocument.FromText(t, i)).ToArray();

    [Fact]
    public void Every_eligible_sentence_gets_a_prior_between_zero_and_one()
    {
        var cluster = ClusterModel.Build(Docs, SummarizerSettings.Default, TestModels.Summarizer);
        Assert.NotNull(cluster.SentencePriors);
        foreach (var c in cluster.Candidates.Where(c => c.Eligible))
            Assert.InRange(cluster.SentencePriors![c.Id], 1e-9, 1.0);
    }

    [Fact]
    public void Turning_the_prior_off_leaves_no_priors()
    {
        var cluster = ClusterModel.Build(Docs, SummarizerSettings.Default with { SentencePriorExponent = 0 }, TestModels.Summarizer);
        Assert.Null(cluster.SentencePriors);
    }

    [Fact]
    public void Prior_features_have_the_documented_count_and_are_finite()
    {
        var cluster = ClusterModel.Build(Docs, SummarizerSettings.Default, TestModels.Summarizer);
        Assert.Equal(SentencePrior.Count, SummarizerSettings.Default.SentencePriorWeights.Length);
        var x = new double[SentencePrior.Count];
        foreach (var c in cluster.Candidates.Where(c => c.Eligible))
        {
            SentencePrior.Features(cluster, c, x);
            Assert.All(x, v => Assert.True(double.IsFinite(v)));
            Assert.Equal(c.Index == 0 ? 1 : 0, x[9]);
        }
    }

    [Fact]
    public void A_higher_weighted_feature_raises_the_prediction()
    {
        double[] weights = [0, 1];
        Assert.True(SentencePrior.Predict(weights, [1, 2]) > SentencePrior.Predict(weights, [1, 1]));
        Assert.Equal(0.5, SentencePrior.Predict(weights, [1, 0]), 12);
    }

    [Fact]
    public void Selection_keeps_the_budget_and_picks_only_eligible_sentences()
    {
        var settings = SummarizerSettings.Default;
        var picked = new ExtractiveSummarizer(TestModels.Summarizer, settings).Summarize(Docs, 45);
        Assert.NotEmpty(picked);
        Assert.True(picked.Sum(p => p.Words) <= 45);
        Assert.All(picked, p => Assert.True(ClusterModel.IsEligible(p.Text, p.Words, settings, LanguagePacks.English.Summary)));
        Assert.Equal(picked.Count, picked.Select(p => (p.Document, p.Index)).Distinct().Count());
    }

    [Fact]
    public void Summary_is_in_document_order_with_the_prior_on()
    {
        var picked = new ExtractiveSummarizer(TestModels.Summarizer).Summarize(Docs, 60);
        var keys = picked.Select(p => (p.Document, p.Index)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Document).ThenBy(k => k.Index), keys);
    }
}
