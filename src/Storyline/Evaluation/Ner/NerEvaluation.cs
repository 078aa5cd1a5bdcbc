using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Annotate.Entities;

namespace Storyline.Evaluation.Ner;

/// <summary>The score of a tagger on a CoNLL file and how fast it tagged.</summary>
public sealed record NerEvaluationResult(ConllScore Score, double TokensPerSecond);

/// <summary>Tags a CoNLL file document by document and scores it as conlleval would.</summary>
public static class NerEvaluation
{
    public static NerEvaluationResult Run(EntityTagger tagger, ImmutableArray<ConllDocument> docs)
    {
        var inputs = docs.Select(d => d.Sentences.Select(s => s.Tokens.ToArray()).ToArray()).ToArray();
        foreach (var doc in inputs) tagger.TagIob(doc); // warm-up: JIT and the lazy model load are not tagging time
        var predicted = new string[inputs.Length][][];
        var clock = Stopwatch.StartNew();
        for (int d = 0; d < inputs.Length; d++) predicted[d] = tagger.TagIob(inputs[d]);
        clock.Stop();
        int tokens = docs.Sum(d => d.TokenCount);
        var score = ConllScorer.Score(docs.SelectMany((doc, d) =>
            doc.Sentences.Select((s, i) => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)predicted[d][i]))));
        return new NerEvaluationResult(score, tokens / clock.Elapsed.TotalSeconds);
    }
}
