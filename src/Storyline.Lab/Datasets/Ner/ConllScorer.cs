using System.Collections.Immutable;

namespace Storyline.Lab.Datasets.Ner;

/// <summary>A typed phrase of a sentence: tokens [Start, End) of type <see cref="Type"/>.</summary>
public readonly record struct Chunk(int Start, int End, string Type);

/// <summary>Precision, recall and F1 (in percent, as conlleval prints them) for one type or overall.</summary>
public sealed record PhraseScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Phrase-level scores as the CoNLL conlleval script computes them: a phrase counts only with exact span and type.</summary>
public sealed record ConllScore(PhraseScore Overall, ImmutableSortedDictionary<string, PhraseScore> PerType, int Tokens);

/// <summary>
/// Scores predicted tags against gold tags the way conlleval does. Both IOB1 and IOB2 (BIO) input
/// are accepted, because conlleval's chunk-boundary rules read them the same way.
/// </summary>
public static class ConllScorer
{
    /// <summary>Phrases of one tag sequence, with conlleval's start/end rules (an I- after O or after another type opens a phrase).</summary>
    public static List<Chunk> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        int start = -1;
        string? type = null;
        for (int i = 0; i < tags.Count; i++)
        {
            var (prefix, t) = Split(tags[i]);
            bool startsNew = prefix == 'B' || (prefix == 'I' && t != type);
            if (type is not null && (prefix == 'O' || startsNew))
            {
                chunks.Add(new Chunk(start, i, type));
                type = null;
            }
            if (prefix != 'O' && (type is null))
            {
                start = i;
                type = t;
            }
        }
        if (type is not null) chunks.Add(new Chunk(start, tags.Count, type));
        return chunks;
    }

    private static (char Prefix, string? Type) Split(string tag) =>
        tag == "O" || tag.Length < 3 ? ('O', null) : (tag[0], tag[2..]);

    /// <summary>Scores aligned sentences of gold and predicted tags.</summary>
    public static ConllScore Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var gold = new Dictionary<string, int>();
        var pred = new Dictionary<string, int>();
        var correct = new Dictionary<string, int>();
        int tokens = 0;
        foreach (var (g, p) in sentences)
        {
            if (g.Count != p.Count)
                throw new ArgumentException($"A sentence has {g.Count} gold tags but {p.Count} predicted ones.");
            tokens += g.Count;
            var gc = Chunks(g);
            var pc = Chunks(p);
            var goldSet = new HashSet<Chunk>(gc);
            foreach (var c in gc) Bump(gold, c.Type);
            foreach (var c in pc)
            {
                Bump(pred, c.Type);
                if (goldSet.Contains(c)) Bump(correct, c.Type);
            }
        }
        var types = gold.Keys.Concat(pred.Keys).Distinct();
        var perType = types.ToImmutableSortedDictionary(
            t => t,
            t => new PhraseScore(gold.GetValueOrDefault(t), pred.GetValueOrDefault(t), correct.GetValueOrDefault(t)),
            StringComparer.Ordinal);
        var overall = new PhraseScore(gold.Values.Sum(), pred.Values.Sum(), correct.Values.Sum());
        return new ConllScore(overall, perType, tokens);
    }

    private static void Bump(Dictionary<string, int> counts, string type) =>
        counts[type] = counts.GetValueOrDefault(type) + 1;
}
