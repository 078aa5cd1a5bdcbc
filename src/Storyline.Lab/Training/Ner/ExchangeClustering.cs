using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>
/// Class-based bigram clustering by the exchange algorithm (Kneser &amp; Ney 1993; Martin et al. 1998): each word
/// moves to the class that most raises the likelihood of the corpus under P(c₂|c₁)·P(w|c), i.e. maximises
/// Σ N(c₁,c₂) log N(c₁,c₂) − 2 Σ N(c) log N(c). Built top down so the levels nest like Brown-cluster path prefixes:
/// a flat clustering at the coarsest level, then each class is split into <c>next / previous</c> children with
/// words moving only among the children of their parent. Deterministic (no random numbers; words visited by frequency).
/// </summary>
internal static class ExchangeClustering
{
    /// <summary>
    /// Clusters the vocabulary words 0…<paramref name="vocabSize"/>−1 (frequency order) of <paramref name="corpus"/>, whose
    /// tokens are already mapped to vocabulary ids (−1 = out of vocabulary, counted as one fixed class).
    /// Returns one assignment per level of <paramref name="levels"/> (ascending; each a multiple of the previous).
    /// </summary>
    public static int[][] Cluster(IReadOnlyList<int[]> corpus, int vocabSize, IReadOnlyList<int> levels, int iterations, int flatUpTo, int seed = 0, Action<string>? log = null)
    {
        var bigrams = Bigrams(corpus, vocabSize, out var unigram);
        var result = new int[levels.Count][];
        var cls = new int[vocabSize];
        // Flat start at the coarsest level: words dealt round-robin by frequency rank (seed 0), or the most frequent
        // words one per class and the rest at random (other seeds: a different local optimum, for an ensemble).
        var random = new Random(seed);
        for (int v = 0; v < vocabSize; v++) cls[v] = seed == 0 || v < levels[0] ? v % levels[0] : random.Next(levels[0]);
        for (int l = 0; l < levels.Count; l++)
        {
            int k = levels[l];
            int branch = l == 0 ? k : k / levels[l - 1];
            if (l > 0)
            {
                // Split every class into `branch` children, dealing its words round-robin by frequency.
                var dealt = new int[levels[l - 1]];
                for (int v = 0; v < vocabSize; v++) cls[v] = cls[v] * branch + (seed == 0 || dealt[cls[v]] < branch ? dealt[cls[v]]++ % branch : random.Next(branch));
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Exchange(bigrams, unigram, cls, k, k <= flatUpTo ? k : branch, iterations, out int moved);
            log?.Invoke($"exchange clusters: k={k}, {iterations} passes, {moved:N0} moves in the last pass ({clock.Elapsed.TotalSeconds:F0} s)");
            result[l] = (int[])cls.Clone();
        }
        return result;
    }

    /// <summary>Bigram counts as successor and predecessor lists per vocabulary word; index <c>vocabSize</c> stands for every unknown word.</summary>
    private sealed record BigramTable(int[] SuccStart, int[] SuccWord, int[] SuccCount, int[] PredStart, int[] PredWord, int[] PredCount, int[] Self);

    private static BigramTable Bigrams(IReadOnlyList<int[]> corpus, int vocabSize, out long[] unigram)
    {
        int unk = vocabSize;
        var counts = new Dictionary<long, int>();
        unigram = new long[vocabSize + 1];
        foreach (var seq in corpus)
            for (int i = 0; i < seq.Length; i++)
            {
                int a = seq[i] < 0 ? unk : seq[i];
                unigram[a]++;
                if (i + 1 == seq.Length) continue;
                int b = seq[i + 1] < 0 ? unk : seq[i + 1];
                if (a == unk && b == unk) continue;
                long key = (long)a * (vocabSize + 1) + b;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        var self = new int[vocabSize];
        var succN = new int[vocabSize + 2];
        var predN = new int[vocabSize + 2];
        foreach (var (key, _) in counts)
        {
            int a = (int)(key / (vocabSize + 1)), b = (int)(key % (vocabSize + 1));
            if (a == b) continue;
            if (a < vocabSize) succN[a + 1]++;
            if (b < vocabSize) predN[b + 1]++;
        }
        for (int v = 0; v <= vocabSize; v++) { succN[v + 1] += succN[v]; predN[v + 1] += predN[v]; }
        var succWord = new int[succN[vocabSize]];
        var succCount = new int[succN[vocabSize]];
        var predWord = new int[predN[vocabSize]];
        var predCount = new int[predN[vocabSize]];
        var sFill = (int[])succN.Clone();
        var pFill = (int[])predN.Clone();
        // Sorted keys: the lists (and so every sum over them) come out in the same order on every run.
        foreach (var key in counts.Keys.Order())
        {
            int a = (int)(key / (vocabSize + 1)), b = (int)(key % (vocabSize + 1));
            int n = counts[key];
            if (a == b) { self[a] = n; continue; }
            if (a < vocabSize) { succWord[sFill[a]] = b; succCount[sFill[a]++] = n; }
            if (b < vocabSize) { predWord[pFill[b]] = a; predCount[pFill[b]++] = n; }
        }
        return new BigramTable(succN, succWord, succCount, predN, predWord, predCount, self);
    }

    private static double F(long x) => x <= 0 ? 0 : x * Math.Log(x);

    /// <summary>Exchange passes at <paramref name="k"/> classes; a word may move only among the <paramref name="branch"/> classes sharing its parent.</summary>
    private static void Exchange(BigramTable t, long[] unigram, int[] cls, int k, int branch, int iterations, out int moved)
    {
        int vocabSize = cls.Length, unk = k, width = k + 1;
        int ClassOf(int word) => word == vocabSize ? unk : cls[word];
        var m = new long[width * width];
        var n = new long[width];
        for (int a = 0; a < vocabSize; a++)
        {
            n[cls[a]] += unigram[a];
            m[cls[a] * width + cls[a]] += t.Self[a];
            for (int j = t.SuccStart[a]; j < t.SuccStart[a + 1]; j++) m[cls[a] * width + ClassOf(t.SuccWord[j])] += t.SuccCount[j];
        }
        // Bigrams from an unknown word into a known one (unknown → unknown is not counted).
        for (int b = 0; b < vocabSize; b++)
            for (int j = t.PredStart[b]; j < t.PredStart[b + 1]; j++)
                if (t.PredWord[j] == vocabSize) m[unk * width + cls[b]] += t.PredCount[j];

        var sc = new long[width];
        var pc = new long[width];
        var sTouched = new List<int>(width);
        var pTouched = new List<int>(width);
        moved = 0;
        for (int it = 0; it < iterations; it++)
        {
            moved = 0;
            for (int w = 0; w < vocabSize; w++)
            {
                sTouched.Clear();
                pTouched.Clear();
                for (int j = t.SuccStart[w]; j < t.SuccStart[w + 1]; j++)
                {
                    int c = ClassOf(t.SuccWord[j]);
                    if (sc[c] == 0) sTouched.Add(c);
                    sc[c] += t.SuccCount[j];
                }
                for (int j = t.PredStart[w]; j < t.PredStart[w + 1]; j++)
                {
                    int c = ClassOf(t.PredWord[j]);
                    if (pc[c] == 0) pTouched.Add(c);
                    pc[c] += t.PredCount[j];
                }
                long self = t.Self[w], count = unigram[w];
                int from = cls[w];
                Move(from, -1);
                int first = from / branch * branch;
                int best = from;
                double bestGain = Gain(from);
                for (int c = first; c < first + branch; c++)
                {
                    if (c == from) continue;
                    double g = Gain(c);
                    if (g > bestGain + 1e-9) { bestGain = g; best = c; }
                }
                Move(best, 1);
                cls[w] = best;
                if (best != from) moved++;
                foreach (int c in sTouched) sc[c] = 0;
                foreach (int c in pTouched) pc[c] = 0;

                double Gain(int c)
                {
                    double g = 0;
                    int row = c * width;
                    foreach (int d in sTouched)
                        if (d != c) g += F(m[row + d] + sc[d]) - F(m[row + d]);
                    foreach (int d in pTouched)
                        if (d != c) g += F(m[d * width + c] + pc[d]) - F(m[d * width + c]);
                    long diagonal = m[row + c];
                    g += F(diagonal + sc[c] + pc[c] + self) - F(diagonal);
                    g -= 2 * (F(n[c] + count) - F(n[c]));
                    return g;
                }

                void Move(int c, int sign)
                {
                    foreach (int d in sTouched) m[c * width + d] += sign * sc[d];
                    foreach (int d in pTouched) m[d * width + c] += sign * pc[d];
                    m[c * width + c] += sign * self;
                    n[c] += sign * count;
                }
            }
        }
    }
}
