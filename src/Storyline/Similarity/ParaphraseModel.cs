using System.Globalization;
using System.Reflection;

namespace Storyline.Similarity;

/// <summary>
/// The learned part of the matcher's decision: a logistic regression over <see cref="PairFeatures"/> (each feature
/// standardised by the training mean and deviation), trained by <c>storyline-lab train matcher</c> on the MSRP training
/// split only. <see cref="Threshold"/> is the probability at which two sentences are "the same statement".
/// <see cref="CosineThreshold"/> is the best cut of the cosine alone on the same data: the lab's baseline, and the
/// second condition of the fact ledger's decision (<see cref="EmbeddingSentenceMatcher.Decide"/>).
/// </summary>
public sealed record ParaphraseModel(IReadOnlyList<string> Features, double[] Means, double[] Deviations, double[] Weights,
    double Bias, double Threshold, double CosineThreshold)
{
    private const string Header = "storyline-paraphrase-model 1";
    private const string ShippedResource = "Storyline.Similarity.Model.paraphrase-model.txt";

    /// <summary>The probability that the pair says the same thing.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        double z = Bias;
        for (int i = 0; i < Weights.Length; i++)
            z += Weights[i] * (features[i] - Means[i]) / Deviations[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The model shipped in the engine's assembly.</summary>
    public static ParaphraseModel LoadShipped()
    {
        using var stream = typeof(ParaphraseModel).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidDataException($"The engine assembly has no resource {ShippedResource}.");
        return Load(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static ParaphraseModel Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        if (reader.ReadLine() != Header) throw new InvalidDataException("Not a paraphrase model (bad header).");
        double bias = 0, threshold = 0.5, cosineThreshold = 1;
        var names = new List<string>();
        var means = new List<double>();
        var deviations = new List<double>();
        var weights = new List<double>();
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "bias": bias = Number(parts[1]); break;
                case "threshold": threshold = Number(parts[1]); break;
                case "cosine-threshold": cosineThreshold = Number(parts[1]); break;
                case "feature" when parts.Length == 5:
                    names.Add(parts[1]);
                    means.Add(Number(parts[2]));
                    deviations.Add(Number(parts[3]) is var sd && sd > 0 ? sd : 1);
                    weights.Add(Number(parts[4]));
                    break;
                default: throw new InvalidDataException($"Not a paraphrase model line: {line}");
            }
        }
        var expected = PairFeatures.BaseNames.ToList();
        if (names.Count < expected.Count || !names.Take(expected.Count).SequenceEqual(expected))
            throw new InvalidDataException("The paraphrase model's features are not the ones PairFeatures computes.");
        return new ParaphraseModel(names, [.. means], [.. deviations], [.. weights], bias, threshold, cosineThreshold);
    }

    /// <summary>Writes the model as text (one feature a line: name, mean, deviation, weight), after the comment lines.</summary>
    public void Save(TextWriter writer, IEnumerable<string> comments)
    {
        writer.WriteLine(Header);
        foreach (var c in comments) writer.WriteLine("# " + c);
        writer.WriteLine("bias\t" + R(Bias));
        writer.WriteLine("threshold\t" + R(Threshold));
        writer.WriteLine("cosine-threshold\t" + R(CosineThreshold));
        for (int i = 0; i < Features.Count; i++)
            writer.WriteLine($"feature\t{Features[i]}\t{R(Means[i])}\t{R(Deviations[i])}\t{R(Weights[i])}");
    }

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
