using Storyline.Lab.Datasets;
using Storyline.Lab.Datasets.Bias;
using System.Collections.Frozen;
using Storyline.Compare.Framing;
using Storyline.Lab.Evaluation.Bias;
using Storyline.Language;

namespace Storyline.Lab.Training.Bias;

/// <summary>A sentence as the models read it: its words and which of them the experts marked.</summary>
public sealed record TokenizedSentence(BiasSentence Source, IReadOnlyList<string> Words, bool[] Marked);

/// <summary>
/// Trains the loaded-language model (<see cref="LoadedLanguageModel"/>) on labelled sentences only: the thresholds and
/// the word scores the sentence model learns from come from an inner cross-fit over the same training sentences, so no
/// held-out sentence is ever seen (the eval calls this once per training fold).
/// </summary>
public sealed class LoadedLanguageTraining(FramingVocabulary vocabulary, FrozenSet<string> functionWords)
{
    public int InnerFolds { get; init; } = 4;
    public LogisticTrainer WordTrainer { get; init; } = new();
    public LogisticTrainer SentenceTrainer { get; init; } = new() { Epochs = 15, L2 = 1e-3 };

    public static TokenizedSentence Tokenize(BiasSentence sentence)
    {
        var words = LoadedLanguageModel.Tokenize(sentence.Text).Select(s => sentence.Text.Substring(s.Start, s.Length)).ToList();
        var marked = new bool[words.Count];
        foreach (var entry in sentence.BiasedWords)
        {
            var parts = LoadedLanguageModel.Tokenize(entry).Select(s => entry.Substring(s.Start, s.Length)).ToList();
            if (parts.Count == 0) continue;
            for (int i = 0; i + parts.Count <= words.Count; i++)
            {
                bool match = true;
                for (int j = 0; j < parts.Count && match; j++) match = string.Equals(words[i + j], parts[j], StringComparison.OrdinalIgnoreCase);
                if (match) for (int j = 0; j < parts.Count; j++) marked[i + j] = true;
            }
        }
        return new TokenizedSentence(sentence, words, marked);
    }

    public LoadedLanguageModel Train(IReadOnlyList<TokenizedSentence> sentences)
    {
        // inner cross-fit: every training sentence gets word scores from a word model that did not see it
        var heldOutWordScores = new double[sentences.Count][];
        var folds = FoldSplit.Assign(sentences.Count, InnerFolds, seed: 7);
        for (int k = 0; k < InnerFolds; k++)
        {
            var model = TrainWords(sentences.Where((_, i) => folds[i] != k).ToList());
            for (int i = 0; i < sentences.Count; i++)
                if (folds[i] == k) heldOutWordScores[i] = Score(model, sentences[i].Words);
        }
        double wordThreshold = BestThreshold(sentences.SelectMany((s, i) => s.Marked.Select((m, j) => (heldOutWordScores[i][j], m))));

        var sentenceExamples = sentences.Select((s, i) => ((IReadOnlyList<string>)LoadedLanguageModel.SentenceFeatures(s.Words, heldOutWordScores[i], vocabulary, functionWords), s.Source.Biased)).ToList();
        var heldOutSentenceScores = new double[sentences.Count];
        for (int k = 0; k < InnerFolds; k++)
        {
            var model = SentenceTrainer.Train(sentenceExamples.Where((_, i) => folds[i] != k).ToList());
            for (int i = 0; i < sentences.Count; i++)
                if (folds[i] == k) heldOutSentenceScores[i] = model.Probability(sentenceExamples[i].Item1);
        }
        double sentenceThreshold = BestThreshold(sentences.Select((s, i) => (heldOutSentenceScores[i], s.Source.Biased)));

        return new LoadedLanguageModel(TrainWords(sentences), SentenceTrainer.Train(sentenceExamples), wordThreshold, sentenceThreshold);
    }

    private LogisticWeights TrainWords(IReadOnlyList<TokenizedSentence> sentences) =>
        WordTrainer.Train(sentences.SelectMany(s => s.Words.Select((_, i) =>
            ((IReadOnlyList<string>)LoadedLanguageModel.WordFeatures(s.Words, i, vocabulary, functionWords), s.Marked[i]))).ToList());

    private double[] Score(LogisticWeights model, IReadOnlyList<string> words) =>
        words.Select((_, i) => model.Probability(LoadedLanguageModel.WordFeatures(words, i, vocabulary, functionWords))).ToArray();

    /// <summary>The score cut with the best F1 on (score, gold) pairs; 0.5 when nothing is positive.</summary>
    internal static double BestThreshold(IEnumerable<(double Score, bool Gold)> scored)
    {
        var sorted = scored.OrderByDescending(p => p.Score).ToList();
        int positives = sorted.Count(p => p.Gold);
        if (positives == 0) return 0.5;
        double best = -1, cut = 0.5;
        int tp = 0;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Gold) tp++;
            if (i + 1 < sorted.Count && sorted[i + 1].Score == sorted[i].Score) continue;
            double f1 = 2.0 * tp / (i + 1 + positives);
            if (f1 > best) { best = f1; cut = i + 1 < sorted.Count ? (sorted[i].Score + sorted[i + 1].Score) / 2 : sorted[i].Score; }
        }
        return cut;
    }
}
