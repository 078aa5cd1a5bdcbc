using System.Collections.Frozen;
using Storyline.Compare.Framing;

namespace Storyline.Lab.Training.Bias;

/// <summary>
/// Trains a logistic regression over named binary features: AdaGrad steps on the log loss with an L2 pull on the
/// features each example touches, examples shuffled by a fixed seed each epoch (deterministic for the same input).
/// </summary>
public sealed class LogisticTrainer
{
    public int Epochs { get; init; } = 12;
    public double LearningRate { get; init; } = 0.2;
    public double L2 { get; init; } = 1e-4;
    public int Seed { get; init; } = 20211107;

    /// <summary>Weights smaller than this are left out of the model (they change no score noticeably; the file stays small).</summary>
    public double MinWeight { get; init; } = 0.01;

    public LogisticWeights Train(IReadOnlyList<(IReadOnlyList<string> Features, bool Label)> examples)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new int[examples.Count][];
        var labels = new double[examples.Count];
        for (int e = 0; e < examples.Count; e++)
        {
            var (features, label) = examples[e];
            var ids = new int[features.Count];
            for (int j = 0; j < features.Count; j++)
            {
                if (!index.TryGetValue(features[j], out var id)) index[features[j]] = id = index.Count;
                ids[j] = id;
            }
            rows[e] = ids;
            labels[e] = label ? 1 : 0;
        }
        var w = new double[index.Count];
        var g2 = new double[index.Count];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(Seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var ids = rows[e];
                double z = 0;
                foreach (var id in ids) z += w[id];
                double gradient = 1 / (1 + Math.Exp(-z)) - labels[e];
                foreach (var id in ids)
                {
                    double g = gradient + L2 * w[id];
                    g2[id] += g * g;
                    w[id] -= LearningRate * g / (Math.Sqrt(g2[id]) + 1e-8);
                }
            }
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, id) in index)
            if (Math.Abs(w[id]) >= MinWeight) weights[name] = Math.Round(w[id], 5);
        return new LogisticWeights(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
