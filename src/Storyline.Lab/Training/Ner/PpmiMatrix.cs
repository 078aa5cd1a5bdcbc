using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>
/// A sparse matrix in compressed rows (CSR), columns ascending within a row. Holds the positive PMI of each
/// vocabulary word (row) with its context words (columns) — the description the word clusters start from.
/// </summary>
internal sealed class PpmiMatrix
{
    public PpmiMatrix(int rows, int columns, int[] rowStart, int[] columnIndex, float[] values)
    {
        if (rowStart.Length != rows + 1 || columnIndex.Length != values.Length || rowStart[^1] != values.Length)
            throw new ArgumentException("Inconsistent sparse matrix arrays.");
        Rows = rows;
        Columns = columns;
        RowStart = rowStart;
        ColumnIndex = columnIndex;
        Values = values;
    }

    public int Rows { get; }
    public int Columns { get; }
    /// <summary>Row r's entries are at [RowStart[r], RowStart[r + 1]).</summary>
    public int[] RowStart { get; }
    public int[] ColumnIndex { get; }
    public float[] Values { get; }

    /// <summary>
    /// PPMI of each vocabulary word with the context words at the given (offset, block) positions: one block per
    /// side gives syntactic neighbours (left and right apart), one pooled block topical ones.
    /// </summary>
    public static PpmiMatrix Build(List<int[]> corpus, int[] vocabIndex, int[] contextIndex, int vocabSize, int contextSize,
        IReadOnlyList<(int Offset, int Block)> positions)
    {
        int blocks = positions.Max(p => p.Block) + 1;
        int cols = blocks * contextSize;
        var counts = new float[(long)vocabSize * cols];
        var colTotals = new double[cols];
        foreach (var seq in corpus)
            for (int i = 0; i < seq.Length; i++)
            {
                int v = vocabIndex[seq[i]];
                if (v < 0) continue;
                foreach (var (offset, block) in positions)
                {
                    int j = i + offset;
                    if (j < 0 || j >= seq.Length || contextIndex[seq[j]] is not (int c and >= 0)) continue;
                    int col = block * contextSize + c;
                    counts[(long)v * cols + col]++;
                    colTotals[col]++;
                }
            }
        double grand = colTotals.Sum();

        var start = new int[vocabSize + 1];
        var index = new List<int>();
        var values = new List<float>();
        for (int v = 0; v < vocabSize; v++)
        {
            var row = counts.AsSpan((int)((long)v * cols), cols);
            double rowTotal = 0;
            foreach (var c in row) rowTotal += c;
            if (rowTotal > 0)
                for (int c = 0; c < cols; c++)
                {
                    if (row[c] == 0) continue;
                    double pmi = Math.Log(row[c] * grand / (rowTotal * colTotals[c]));
                    if (pmi <= 0) continue;
                    index.Add(c);
                    values.Add((float)pmi);
                }
            start[v + 1] = values.Count;
        }
        return new PpmiMatrix(vocabSize, cols, start, [.. index], [.. values]);
    }
}
