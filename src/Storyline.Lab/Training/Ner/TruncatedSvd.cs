using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>The leading singular triplets of a matrix: left singular vectors (rows × k, row-major) and singular values, largest first.</summary>
internal sealed record SvdResult(int Rows, int Rank, double[] U, double[] Sigma);

/// <summary>
/// Truncated SVD of a sparse matrix by the randomized range finder (Halko, Martinsson &amp; Tropp 2011): sample the
/// range with a seeded ±1 test matrix, sharpen it with power iterations, and solve the small problem exactly
/// (Jacobi on B·Bᵀ). Single-threaded and seeded, so the same matrix always gives the same vectors.
/// </summary>
internal static class TruncatedSvd
{
    /// <param name="k">Singular triplets wanted.</param>
    /// <param name="oversample">Extra sampled directions; 10 is Halko et al.'s usual choice.</param>
    /// <param name="powerIterations">Rounds of A·Aᵀ that separate the leading directions from the tail (1–2 suffice for PPMI matrices, whose spectrum decays slowly).</param>
    public static SvdResult Compute(PpmiMatrix a, int k, int oversample, int powerIterations, int seed)
    {
        if (k <= 0) throw new ArgumentOutOfRangeException(nameof(k));
        int l = Math.Min(k + oversample, Math.Min(a.Rows, a.Columns));
        k = Math.Min(k, l);

        var random = new Random(seed);
        var omega = new double[(long)a.Columns * l];
        for (int i = 0; i < omega.Length; i++) omega[i] = random.Next(2) == 0 ? -1.0 : 1.0;
        var q = a.Multiply(omega, l);
        Orthonormalize(q, a.Rows, l);
        for (int it = 0; it < powerIterations; it++)
        {
            var z = a.MultiplyTransposed(q, l);
            Orthonormalize(z, a.Columns, l);
            q = a.Multiply(z, l);
            Orthonormalize(q, a.Rows, l);
        }

        // B = Qᵀ·A is l × columns; its transpose Z = Aᵀ·Q gives B·Bᵀ = Zᵀ·Z (l × l).
        var zt = a.MultiplyTransposed(q, l);
        var bbt = new double[l * l];
        for (int c = 0; c < a.Columns; c++)
        {
            var row = zt.AsSpan(c * l, l);
            for (int i = 0; i < l; i++)
            {
                double ri = row[i];
                if (ri == 0) continue;
                for (int j = i; j < l; j++) bbt[i * l + j] += ri * row[j];
            }
        }
        for (int i = 0; i < l; i++)
            for (int j = 0; j < i; j++) bbt[i * l + j] = bbt[j * l + i];

        var (values, vectors) = JacobiEigen(bbt, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var sigma = new double[k];
        var u = new double[(long)a.Rows * k];
        for (int j = 0; j < k; j++)
        {
            int e = order[j];
            sigma[j] = Math.Sqrt(Math.Max(0, values[e]));
            // Sign convention: the largest component of each small eigenvector is positive, so the vectors do not flip.
            int arg = 0;
            for (int i = 1; i < l; i++) if (Math.Abs(vectors[i * l + e]) > Math.Abs(vectors[arg * l + e])) arg = i;
            double sign = vectors[arg * l + e] < 0 ? -1 : 1;
            for (int r = 0; r < a.Rows; r++)
            {
                double s = 0;
                var qr = q.AsSpan(r * l, l);
                for (int i = 0; i < l; i++) s += qr[i] * vectors[i * l + e];
                u[(long)r * k + j] = sign * s;
            }
        }
        return new SvdResult(a.Rows, k, u, sigma);
    }

    /// <summary>Modified Gram–Schmidt on the columns of a row-major n × m matrix, run twice for orthogonality to working precision;
    /// a column with nothing left (rank deficiency) becomes zero.</summary>
    internal static void Orthonormalize(double[] x, int n, int m)
    {
        var norms = new double[m];
        for (int j = 0; j < m; j++) norms[j] = Math.Sqrt(ColumnDot(x, n, m, j, j));
        for (int pass = 0; pass < 2; pass++)
            for (int j = 0; j < m; j++)
            {
                for (int i = 0; i < j; i++)
                {
                    double d = ColumnDot(x, n, m, i, j);
                    if (d == 0) continue;
                    for (int r = 0; r < n; r++) x[(long)r * m + j] -= d * x[(long)r * m + i];
                }
                double norm = Math.Sqrt(ColumnDot(x, n, m, j, j));
                double scale = norm <= 1e-10 * Math.Max(norms[j], double.Epsilon) || norm == 0 ? 0 : 1 / norm;
                for (int r = 0; r < n; r++) x[(long)r * m + j] *= scale;
            }
    }

    private static double ColumnDot(double[] x, int n, int m, int i, int j)
    {
        double s = 0;
        for (int r = 0; r < n; r++) s += x[(long)r * m + i] * x[(long)r * m + j];
        return s;
    }

    /// <summary>Eigenvalues and eigenvectors (columns of an n × n row-major matrix) of a symmetric matrix by cyclic Jacobi rotations.</summary>
    internal static (double[] Values, double[] Vectors) JacobiEigen(double[] symmetric, int n)
    {
        var a = (double[])symmetric.Clone();
        var v = new double[n * n];
        for (int i = 0; i < n; i++) v[i * n + i] = 1;
        double total = 0;
        foreach (var x in a) total += x * x;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
            if (off <= 1e-30 * Math.Max(total, double.Epsilon)) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                {
                    double apq = a[p * n + q];
                    if (apq == 0) continue;
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int r = 0; r < n; r++)
                    {
                        // A ← A·J (columns p, q), then Jᵀ·A (rows p, q); V ← V·J.
                        double arp = a[r * n + p], arq = a[r * n + q];
                        a[r * n + p] = c * arp - s * arq;
                        a[r * n + q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < n; r++)
                    {
                        double apr = a[p * n + r], aqr = a[q * n + r];
                        a[p * n + r] = c * apr - s * aqr;
                        a[q * n + r] = s * apr + c * aqr;
                    }
                    for (int r = 0; r < n; r++)
                    {
                        double vrp = v[r * n + p], vrq = v[r * n + q];
                        v[r * n + p] = c * vrp - s * vrq;
                        v[r * n + q] = s * vrp + c * vrq;
                    }
                }
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i * n + i];
        return (values, v);
    }
}
