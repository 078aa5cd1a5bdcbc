using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>How the NER trainer moves its weights after a sentence it tagged wrongly.</summary>
public enum NerUpdateRule
{
    /// <summary>Collins's structured perceptron: a step of 1 toward the gold path, away from the predicted one.</summary>
    Perceptron,

    /// <summary>1-best passive-aggressive / MIRA (Crammer et al. 2006; McDonald, Crammer &amp; Pereira 2005): the smallest
    /// step that makes the gold path beat the predicted one by its Hamming loss, capped at <see cref="NerLearnerOptions.Aggressiveness"/>.</summary>
    PassiveAggressive,
}

/// <summary>Settings of the NER learner (the update rule and the feature cut-off); defaults are the shipped model's.
/// Neither alternative gained on eng.testa (docs/ner.md, round 5), so the shipped learner is the plain averaged perceptron.</summary>
public sealed record NerLearnerOptions
{
    /// <summary>The update rule.</summary>
    public NerUpdateRule Update { get; init; } = NerUpdateRule.Perceptron;

    /// <summary>C, the passive-aggressive step's cap (PA-I); smaller trusts a single sentence less. Uncapped steps average
    /// 0.014 on CoNLL (‖Δφ‖² is in the hundreds), so C ≥ 0.1 never binds and 0.01 binds on 93 % of updates. One run on
    /// eng.testa, seeds 20190123 / 20190126: C = 1 93.57 / 93.18, 0.02 93.72 / 93.62, 0.01 93.53 / 93.71, against the
    /// perceptron's 93.65 / 93.59.</summary>
    public double Aggressiveness { get; init; } = 0.1;

    /// <summary>Passive-aggressive only: decode training sentences with +1 on every wrong tag's score (loss-augmented
    /// decoding), so the update also pushes apart paths that are right only by a small margin. The label history and the
    /// second pass then read the augmented predictions. Not measured: plain PA did not gain, the condition for trying it.</summary>
    public bool CostAugmented { get; init; }

    /// <summary>Feature keys seen in fewer training tokens than this get no weights (1 keeps every feature). One run on
    /// eng.testa: 2 keeps 171,380 of 409,002 features and scores 93.41 / 93.34 against 93.65 / 93.59 (seeds 20190123 / 20190126).</summary>
    public int MinFeatureCount { get; init; } = 1;
}
