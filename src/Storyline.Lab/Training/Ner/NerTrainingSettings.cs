using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;



/// <summary>Every tunable number of the entity component, with the measurement behind it.</summary>
internal static class NerTrainingSettings
{
    /// <summary>Feature rows whose largest averaged weight is below this are not shipped. 0 keeps every row that
    /// survives 16-bit quantisation: the model is 1.2 MB, under the 2 MB budget, so nothing is traded for size.</summary>
    public const float PruneWeightsBelow = 0.0f;

    /// <summary>Word-cluster settings (sizes chosen on eng.testa, see docs/ner.md).</summary>
    public static readonly WordClusterOptions Clusters = new();

    /// <summary>Binarized word-embedding features: off (0 dimensions). One run on eng.testa, against 93.65 without: SVD k = 50
    /// 92.80, k = 10 93.42, k = 50 skipping the 5,000 most frequent words 93.45, the clusters' projection 92.76 — no variant
    /// gained (docs/ner.md, round 4).</summary>
    public static readonly WordEmbeddingOptions Embeddings = new();

    /// <summary>The learner: the averaged perceptron, every feature kept. Passive-aggressive updates (best: C = 0.02, one run
    /// +0.07 / +0.03 on eng.testa, 3 runs mixed 93.86 against 93.85) and a feature cut-off of 2 (−0.24 / −0.25) did not
    /// gain (docs/ner.md, round 5).</summary>
    public static readonly NerLearnerOptions Learner = new();
}
