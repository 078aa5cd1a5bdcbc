using Storyline.Lab.Training.Summarizer;
using Storyline.Summarize;

namespace Storyline.Lab.Training.Summarizer;

/// <summary>
/// Fits the <see cref="SentencePrior"/> weights: one row per eligible sentence of each training cluster,
/// target = share of the sentence's bigram concepts that the human summary uses (a length-free measure of
/// how summary-like the sentence is; its ROUGE-2 recall would mostly reward length, which the selection
/// already trades off). Deterministic: clusters in input order, no sampling.
/// </summary>
public static class SentencePriorTrainer
{
    /// <summary>Feature names, in the order of the weights.</summary>
    public static IReadOnlyList<string> FeatureNames => SentencePrior.Names;

    /// <summary>Weights in the order of <see cref="SentencePrior.Names"/>, and the mean cross-entropy and mean target of <paramref name="heldOut"/>.</summary>
    public static (double[] Weights, double HeldOutLoss, double HeldOutRate) Train(
        IEnumerable<SummaryTrainingCluster> clusters, IEnumerable<SummaryTrainingCluster> heldOut, SummarizerSettings settings, SummarizerModels models,
        Action<string>? log = null, bool stemTarget = false)
    {
        settings = settings with { SentencePriorExponent = 0, SentencePriorFeatures = true };
        var rows = new ConceptModelTrainer.Rows(SentencePrior.Count);
        foreach (var (x, y) in Rows(clusters, settings, models, stemTarget)) rows.Add(x, y, 1);
        log?.Invoke($"sentence prior: {rows.Count:N0} sentences");
        var weights = ConceptModelTrainer.Fit(rows, log, "sentences");
        double loss = 0, rate = 0;
        int n = 0;
        foreach (var (x, y) in Rows(heldOut, settings, models, stemTarget))
        {
            double p = SentencePrior.Predict(weights, x);
            loss -= y * Math.Log(Math.Max(p, 1e-12)) + (1 - y) * Math.Log(Math.Max(1 - p, 1e-12));
            rate += y;
            n++;
        }
        return (weights, loss / Math.Max(1, n), rate / Math.Max(1, n));
    }

    private static IEnumerable<(double[] X, double Y)> Rows(IEnumerable<SummaryTrainingCluster> clusters, SummarizerSettings settings, SummarizerModels models, bool stemTarget)
    {
        foreach (var cluster in clusters)
        {
            var model = ClusterModel.Build(ConceptModelTrainer.Documents(cluster), settings, models);
            var (refStems, refBigrams) = ConceptModelTrainer.ReferenceConcepts(model.Vocabulary, cluster.Reference);
            foreach (var c in model.Candidates)
            {
                if (!c.Eligible || !c.IsWhole || c.Bigrams.Length == 0) continue;
                int hits = 0;
                if (stemTarget)
                {
                    if (c.Content.Length == 0) continue;
                    foreach (var u in c.Content) if (refStems.Contains(u)) hits++;
                }
                else
                    foreach (var b in c.Bigrams) if (refBigrams.Contains(b)) hits++;
                var x = new double[SentencePrior.Count];
                SentencePrior.Features(model, c, x);
                yield return (x, (double)hits / (stemTarget ? c.Content.Length : c.Bigrams.Length));
            }
        }
    }
}
