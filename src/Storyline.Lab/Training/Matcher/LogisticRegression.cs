namespace Storyline.Lab.Training.Matcher;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method on standardised features: deterministic, no learning
/// rate to tune, converges in a few steps for the few hundred features the matcher uses.
/// </summary>
public static class LogisticRegression
{
    /// <summary>Fits weights and bias on rows already standardised; <paramref name="lambda"/> is the L2 penalty on the
    /// weights (not the bias), per training row.</summary>
    public static (double[] Weights, double Bias) Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double lambda, int maxSteps = 30)
    {
        int n = rows.Count, d = rows[0].Length, m = d + 1;
        var beta = new double[m]; // weights then bias
        for (int step = 0; step < maxSteps; step++)
        {
            var gradient = new double[m];
            var hessian = new double[m, m];
            for (int r = 0; r < n; r++)
            {
                var x = rows[r];
                double z = beta[d];
                for (int i = 0; i < d; i++) z += beta[i] * x[i];
                double p = 1 / (1 + Math.Exp(-z));
                double err = p - (labels[r] ? 1 : 0), w = Math.Max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++)
                {
                    gradient[i] += err * x[i];
                    double wx = w * x[i];
                    for (int j = 0; j <= i; j++) hessian[i, j] += wx * x[j];
                    hessian[d, i] += wx;
                }
                gradient[d] += err;
                hessian[d, d] += w;
            }
            for (int i = 0; i < d; i++)
            {
                gradient[i] += lambda * n * beta[i];
                hessian[i, i] += lambda * n;
            }
            for (int i = 0; i < m; i++)
                for (int j = 0; j < i; j++) hessian[j, i] = hessian[i, j];
            var delta = Solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < m; i++) { beta[i] -= delta[i]; change = Math.Max(change, Math.Abs(delta[i])); }
            if (change < 1e-7) break;
        }
        return (beta[..d], beta[d]);
    }

    /// <summary>Solves a symmetric positive-definite system by Cholesky decomposition.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= l[i, k] * y[k];
            y[i] = sum / l[i, i];
        }
        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) sum -= l[k, i] * x[k];
            x[i] = sum / l[i, i];
        }
        return x;
    }
}
