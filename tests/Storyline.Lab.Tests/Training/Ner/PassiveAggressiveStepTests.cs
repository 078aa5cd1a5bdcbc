using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Tests.Annotate.Entities;

public sealed class PassiveAggressiveStepTests
{
    private const int K = NerTags.Count;
    private static readonly int Per = NerTags.U(0);
    private static readonly int Org = NerTags.U(1);

    // One token with feature rows 0 and 1, gold U-PER, predicted U-ORG, both from the sentence start: Δφ has
    // +1 / −1 on two emission keys per row and on two transitions, so ‖Δφ‖² = 6.
    private static PassiveAggressiveStep OneWrongToken()
    {
        var step = new PassiveAggressiveStep();
        step.AddTransition(K, Per, K, Org);
        step.AddToken([0, 1], Per, Org);
        return step;
    }

    [Fact]
    public void The_step_is_the_loss_minus_the_margin_over_the_squared_distance()
    {
        var weights = new float[2 * K];
        var transitions = new float[(K + 1) * K];
        weights[0 * K + Org] = 0.5f; // the prediction leads by 0.5

        Assert.Equal((1 + 0.5) / 6, OneWrongToken().Tau(1, weights, transitions, c: 10), 12);
    }

    [Fact]
    public void The_step_is_capped_by_C()
    {
        var weights = new float[2 * K];
        var transitions = new float[(K + 1) * K];

        Assert.Equal(0.05, OneWrongToken().Tau(1, weights, transitions, c: 0.05), 12);
    }

    [Fact]
    public void After_an_uncapped_step_gold_beats_the_prediction_by_the_loss()
    {
        var weights = new float[2 * K];
        var totals = new double[2 * K];
        var transitions = new float[(K + 1) * K];
        var transitionTotals = new double[(K + 1) * K];
        weights[1 * K + Org] = 0.25f;
        var step = OneWrongToken();

        step.Apply(step.Tau(1, weights, transitions, c: 10), weights, totals, transitions, transitionTotals, step: 1);

        double gold = weights[0 * K + Per] + weights[1 * K + Per] + transitions[K * K + Per];
        double predicted = weights[0 * K + Org] + weights[1 * K + Org] + transitions[K * K + Org];
        Assert.Equal(1.0, gold - predicted, 5);
    }

    [Fact]
    public void A_correct_prediction_moves_no_weight()
    {
        var step = new PassiveAggressiveStep();
        step.AddTransition(K, Per, K, Per);
        step.AddToken([0, 1], Per, Per);
        var weights = new float[2 * K];
        var totals = new double[2 * K];
        var transitions = new float[(K + 1) * K];
        var transitionTotals = new double[(K + 1) * K];

        double tau = step.Tau(0, weights, transitions, c: 1);
        step.Apply(tau, weights, totals, transitions, transitionTotals, step: 1);

        Assert.Equal(0, tau);
        Assert.All(weights, w => Assert.Equal(0f, w));
        Assert.All(transitions, w => Assert.Equal(0f, w));
    }

    [Fact]
    public void Clear_forgets_the_previous_sentence()
    {
        var step = OneWrongToken();
        step.Clear();

        Assert.Equal(0, step.Tau(1, new float[2 * K], new float[(K + 1) * K], c: 1));
    }
}
