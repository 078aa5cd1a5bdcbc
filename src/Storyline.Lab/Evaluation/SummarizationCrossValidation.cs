namespace Storyline.Lab.Evaluation;

/// <summary>One configuration the cross-validation may choose, with what it scored on every topic.</summary>
/// <param name="Label">How the configuration is named in the table notes ("DropParentheticals=true DropMidAttribution=false").</param>
/// <param name="Criterion">Per topic id, the selection criterion (higher is better).</param>
public sealed record CvCandidate(string Label, IReadOnlyDictionary<string, double> Criterion);

/// <summary>The configuration chosen for one fold, and how it scored on the topics it was chosen on.</summary>
public sealed record CvFoldChoice(int Fold, int Candidate, IReadOnlyList<string> HeldOutTopics, double TrainingMean);

/// <summary>
/// K-fold selection among configurations: each topic is summarised with the configuration that scored best on the
/// <em>other</em> folds, so no topic's references choose the settings its own summary is made with. Folds are fixed
/// by position in the dataset (topic i is in fold i mod K), which is deterministic and needs no seed.
/// </summary>
public static class SummarizationCrossValidation
{
    public static IReadOnlyList<CvFoldChoice> Choose(IReadOnlyList<string> topics, IReadOnlyList<CvCandidate> candidates, int folds)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "cross-validation needs at least 2 folds.");
        if (candidates.Count == 0) throw new ArgumentException("no configurations to choose from.", nameof(candidates));
        if (topics.Count < folds) throw new ArgumentException($"{topics.Count} topics cannot be split into {folds} folds.", nameof(topics));
        var choices = new List<CvFoldChoice>(folds);
        for (int f = 0; f < folds; f++)
        {
            var heldOut = topics.Where((_, i) => i % folds == f).ToList();
            var training = topics.Where((_, i) => i % folds != f).ToList();
            int best = 0;
            double bestMean = double.NegativeInfinity;
            for (int c = 0; c < candidates.Count; c++)
            {
                double mean = training.Average(t => candidates[c].Criterion[t]);
                // strictly better only: ties keep the earlier configuration (the first is the shipped one)
                if (mean > bestMean + 1e-12) { best = c; bestMean = mean; }
            }
            choices.Add(new CvFoldChoice(f, best, heldOut, bestMean));
        }
        return choices;
    }
}
