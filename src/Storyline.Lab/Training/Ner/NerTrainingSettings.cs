namespace Storyline.Lab.Training.Ner;

/// <summary>Every tunable number of the entity component, with the measurement behind it. (The learner is the plain averaged
/// perceptron with every feature kept; word embeddings, passive-aggressive updates and a feature cut-off were tried and
/// removed: docs/ner.md, "Tried and removed".)</summary>
internal static class NerTrainingSettings
{
    /// <summary>Feature rows whose largest averaged weight is below this are not shipped. 0 keeps every row that
    /// survives 16-bit quantisation: the model is 1.2 MB, under the 2 MB budget, so nothing is traded for size.</summary>
    public const float PruneWeightsBelow = 0.0f;

    /// <summary>Word-cluster settings (sizes chosen on eng.testa, see docs/ner.md).</summary>
    public static readonly WordClusterOptions Clusters = new();
}
