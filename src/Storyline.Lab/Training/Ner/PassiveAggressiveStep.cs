using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>
/// One sentence's passive-aggressive update (PA-I, Crammer et al. 2006): Δφ = φ(gold) − φ(predicted) over the emission
/// keys (feature row × tag) and the tag transitions, then the step τ = min(C, (loss − w·Δφ) / ‖Δφ‖²), the smallest move
/// that makes gold outscore the prediction by the loss, capped by C. Δφ is collected only at tokens and transitions where
/// gold and prediction differ: everywhere else the two paths share their features and cancel.
/// Reused across sentences (single-threaded) so the hot loop allocates nothing new per sentence.
/// </summary>
internal sealed class PassiveAggressiveStep
{
    private const int K = NerTags.Count;

    // Insertion-ordered (nothing is removed between Clear calls), so sums run in a fixed order: training stays deterministic.
    private readonly Dictionary<int, int> _emission = [];
    private readonly Dictionary<int, int> _transition = [];

    /// <summary>Starts a new sentence.</summary>
    public void Clear()
    {
        _emission.Clear();
        _transition.Clear();
    }

    /// <summary>Adds the difference of one token whose gold and predicted tags differ; <paramref name="rows"/> are its feature rows.</summary>
    public void AddToken(IReadOnlyList<int> rows, int gold, int predicted)
    {
        if (gold == predicted) return;
        foreach (int r in rows)
        {
            Add(_emission, r * K + gold, 1);
            Add(_emission, r * K + predicted, -1);
        }
    }

    /// <summary>Adds one position's transitions (previous tag <see cref="NerTags.Count"/> = sentence start).</summary>
    public void AddTransition(int previousGold, int gold, int previousPredicted, int predicted)
    {
        if (previousGold == previousPredicted && gold == predicted) return;
        Add(_transition, previousGold * K + gold, 1);
        Add(_transition, previousPredicted * K + predicted, -1);
    }

    /// <summary>τ for this sentence under the current (not averaged) weights; 0 when Δφ is empty (the paths share every feature).</summary>
    public double Tau(int loss, ReadOnlySpan<float> weights, ReadOnlySpan<float> transitions, double c)
    {
        double margin = 0, norm = 0;
        foreach (var (index, count) in _emission)
        {
            margin += count * (double)weights[index];
            norm += (double)count * count;
        }
        foreach (var (index, count) in _transition)
        {
            margin += count * (double)transitions[index];
            norm += (double)count * count;
        }
        if (norm == 0 || loss <= 0) return 0;
        return Math.Clamp((loss - margin) / norm, 0, c);
    }

    /// <summary>Moves the weights by τ·Δφ, with the running sums the averaged weights are read from (see <see cref="NerTrainer"/>).</summary>
    public void Apply(double tau, float[] weights, double[] totals, float[] transitions, double[] transitionTotals, long step)
    {
        if (tau == 0) return;
        foreach (var (index, count) in _emission) Move(weights, totals, index, tau * count, step);
        foreach (var (index, count) in _transition) Move(transitions, transitionTotals, index, tau * count, step);
    }

    private static void Move(float[] w, double[] totals, int index, double delta, long step)
    {
        if (delta == 0) return;
        // The running sum uses the delta actually stored in single precision, so average = w − totals / step stays exact for it.
        float before = w[index];
        w[index] = (float)(before + delta);
        totals[index] += (double)step * (w[index] - before);
    }

    private static void Add(Dictionary<int, int> counts, int key, int delta)
    {
        ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot += delta;
    }
}
