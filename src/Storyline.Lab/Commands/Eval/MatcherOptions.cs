using System.CommandLine;
using System.Globalization;
using Storyline.Lab.Training.Matcher;

namespace Storyline.Lab.Commands.Eval;

/// <summary>The options <c>eval paraphrase</c> and <c>train matcher</c> share: how the model is trained, where embeddings are kept.</summary>
internal sealed class MatcherOptions
{
    public Option<string?> Lambda { get; } = new("--lambda") { Description = "L2 penalty, or a comma-separated grid chosen by inner 5-fold CV (default 1e-4,1e-3,1e-2,1e-1)" };
    public Option<string?> Drop { get; } = new("--drop") { Description = "Comma-separated base features to leave out (ablation), e.g. pieces_min,pieces_max" };
    public Option<string?> Cache { get; } = new("--embeddings-cache") { Description = "Keep the sentences' embeddings in this file (read when it matches the texts and model)" };
    public Option<int> Threads { get; } = new("--threads") { Description = "Threads for the language model", DefaultValueFactory = _ => Environment.ProcessorCount };

    public IEnumerable<Option> All => [Lambda, Drop, Cache, Threads];

    public MatcherTrainingOptions Training(ParseResult parse)
    {
        var lambdas = parse.GetValue(Lambda) is { } l
            ? l.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToList()
            : null;
        var drop = parse.GetValue(Drop) is { } d ? d.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) : null;
        if (drop is not null && drop.FirstOrDefault(x => !Storyline.Similarity.PairFeatures.BaseNames.Contains(x)) is { } unknown)
            throw new ArgumentException($"--drop: no feature '{unknown}' (features: {string.Join(", ", Storyline.Similarity.PairFeatures.BaseNames)})");
        return new MatcherTrainingOptions(lambdas, Drop: drop);
    }
}
