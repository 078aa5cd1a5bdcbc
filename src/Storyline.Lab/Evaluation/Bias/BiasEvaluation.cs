using Storyline.Lab.Datasets;
using Storyline.Lab.Datasets.Bias;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Storyline.Compare.Framing;
using Storyline.Compare.Opinion;
using Storyline.Lab.Training.Bias;
using Storyline.Language;

namespace Storyline.Lab.Evaluation.Bias;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record PrfCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts Count(IEnumerable<(bool Predicted, bool Gold)> pairs)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (p, g) in pairs)
        {
            if (p && g) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }
        return new PrfCounts(tp, fp, fn);
    }
}

/// <summary>One system's pooled scores over the folds: sentences (biased or not) and words (marked or not).</summary>
public sealed record BiasScores(string System, PrfCounts Sentences, PrfCounts Words);

/// <summary>
/// k-fold cross-validation of loaded-language detection on BABE. Each fold's model is trained on the other folds only
/// (thresholds included, see <see cref="LoadedLanguageTraining"/>); predictions of all folds are pooled and scored at
/// two levels: the sentence (biased: P/R/F1) and the word (every word of every held-out sentence; gold = marked by the
/// experts). Beside it, the language pack's lexicon alone (a word is loaded if listed; a sentence if it has one).
/// </summary>
public static class BiasEvaluation
{
    public const int DefaultFolds = 5;
    public const int DefaultSeed = 2021;

    public static ImmutableArray<BiasScores> Run(IReadOnlyList<BiasSentence> sentences, int folds, int seed, FramingVocabulary vocabulary, FrozenSet<string> functionWords, Action<string>? log = null)
    {
        var tokenized = sentences.Select(LoadedLanguageTraining.Tokenize).ToList();
        var fold = FoldSplit.Assign(tokenized.Count, folds, seed);
        var sentencePairs = new List<(bool, bool)>();
        var wordPairs = new List<(bool, bool)>();
        // the opinion stage's rule for "this sentence is loaded in the outlet's voice", the summary's filter (BABE has no
        // quote layer: only the charge rule stands for attribution here)
        var ownVoicePairs = new List<(bool, bool)>();
        var english = LanguagePacks.English;
        var training = new LoadedLanguageTraining(vocabulary, functionWords);
        for (int k = 0; k < folds; k++)
        {
            var model = training.Train(tokenized.Where((_, i) => fold[i] != k).ToList());
            var foldSentences = new List<(bool, bool)>();
            var foldWords = new List<(bool, bool)>();
            for (int i = 0; i < tokenized.Count; i++)
            {
                if (fold[i] != k) continue;
                var s = tokenized[i];
                var scores = model.ScoreWords(s.Words, vocabulary, functionWords);
                foldWords.AddRange(scores.Select((x, j) => (x >= model.WordThreshold, s.Marked[j])));
                double sentenceScore = model.ScoreSentence(s.Words, scores, vocabulary, functionWords);
                foldSentences.Add((sentenceScore >= model.SentenceThreshold, s.Source.Biased));
                int charge = OpinionStage.ChargeStart(s.Words, english);
                ownVoicePairs.Add((!OpinionStage.OwnLoadedWords(model, s.Words, scores, sentenceScore, j => charge >= 0 && j > charge).IsEmpty, s.Source.Biased));
            }
            log?.Invoke($"fold {k + 1}/{folds}: sentence F1 {PrfCounts.Count(foldSentences).F1:F4}, word F1 {PrfCounts.Count(foldWords).F1:F4}");
            sentencePairs.AddRange(foldSentences);
            wordPairs.AddRange(foldWords);
        }
        var lexiconWords = tokenized.SelectMany(s => s.Words.Select((w, j) => (vocabulary.IsLoaded(w), s.Marked[j])));
        var lexiconSentences = tokenized.Select(s => (s.Words.Any(vocabulary.IsLoaded), s.Source.Biased));
        return
        [
            new BiasScores("storyline", PrfCounts.Count(sentencePairs), PrfCounts.Count(wordPairs)),
            new BiasScores("lexicon (language pack's loaded words)", PrfCounts.Count(lexiconSentences), PrfCounts.Count(lexiconWords)),
            new BiasScores("storyline, outlet-voice flag (summary filter: sentence flag + own word >= 0.8)", PrfCounts.Count(ownVoicePairs), new PrfCounts(0, 0, 0)),
        ];
    }

    public static readonly string[] Metrics = ["sentence_p", "sentence_r", "sentence_f1", "word_p", "word_r", "word_f1"];

    public static EvalTable ToTable(IReadOnlyList<BiasScores> scores, string dataset, int sentences, int folds)
    {
        var table = new EvalTable($"Loaded language on BABE ({folds}-fold cross-validation, {sentences} sentences)", Metrics);
        foreach (var s in scores)
        {
            // a sentence-only system (the outlet-voice flag) has no word counts: blank, not zero
            bool words = s.Words != new PrfCounts(0, 0, 0);
            table.Add(s.System, new Dictionary<string, double?>
            {
                ["sentence_p"] = s.Sentences.Precision, ["sentence_r"] = s.Sentences.Recall, ["sentence_f1"] = s.Sentences.F1,
                ["word_p"] = words ? s.Words.Precision : null, ["word_r"] = words ? s.Words.Recall : null, ["word_f1"] = words ? s.Words.F1 : null,
            });
        }
        // the authors' figures (Spinde et al., Findings of EMNLP 2021, 5-fold CV on SG2), as published: not rerun here
        table.Add("BABE authors: fine-tuned transformers, best (published)", new Dictionary<string, double?> { ["sentence_f1"] = 0.803 },
            new JsonObject { ["published"] = true, ["sentence_f1_range"] = "0.75-0.80" });
        table.Add("BABE authors: feature-based word baselines, best (published)", new Dictionary<string, double?> { ["word_f1"] = 0.40 },
            new JsonObject { ["published"] = true, ["word_f1_range"] = "0.15-0.40" });
        table.Notes.Add($"dataset: {dataset}; sentences without expert agreement left out; folds shuffled with a fixed seed; scores pooled over the held-out folds");
        table.Notes.Add("word level: every word of every held-out sentence, gold = one of the words the experts marked in that sentence");
        table.Notes.Add("published rows: the authors' own 5-fold figures (sentence F1 0.75-0.80 for fine-tuned transformers; word F1 0.15-0.40 for feature-based baselines), not rerun");
        return table;
    }
}
