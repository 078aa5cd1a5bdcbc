using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Tests.Annotate.Entities;

public sealed class TruncatedSvdTests
{
    // A rows × cols matrix of rank 3 (product of seeded random factors), with some entries exactly zero so it is sparse.
    private static float[,] LowRank(int rows, int cols, int rank, int seed)
    {
        var random = new Random(seed);
        var left = new double[rows, rank];
        var right = new double[rank, cols];
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < rank; j++) left[r, j] = r % 5 == 0 ? 0 : random.NextDouble() * 2 - 1;
        for (int j = 0; j < rank; j++)
            for (int c = 0; c < cols; c++) right[j, c] = random.NextDouble() * 2 - 1;
        var m = new float[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                double s = 0;
                for (int j = 0; j < rank; j++) s += left[r, j] * right[j, c];
                m[r, c] = (float)s;
            }
        return m;
    }

    [Fact]
    public void Leading_vectors_reconstruct_a_low_rank_matrix()
    {
        var dense = LowRank(60, 40, rank: 3, seed: 5);
        var a = PpmiMatrix.FromDense(dense);

        var svd = TruncatedSvd.Compute(a, k: 3, oversample: 5, powerIterations: 1, seed: 1);

        // U·Uᵀ·A = A when U spans A's column space; and the squared singular values add up to ‖A‖².
        double frobenius = 0, error = 0;
        for (int c = 0; c < 40; c++)
        {
            var coef = new double[3];
            for (int r = 0; r < 60; r++)
                for (int j = 0; j < 3; j++) coef[j] += svd.U[r * 3 + j] * dense[r, c];
            for (int r = 0; r < 60; r++)
            {
                double projected = 0;
                for (int j = 0; j < 3; j++) projected += svd.U[r * 3 + j] * coef[j];
                error += Math.Pow(projected - dense[r, c], 2);
                frobenius += Math.Pow(dense[r, c], 2);
            }
        }
        Assert.True(error < 1e-8 * frobenius, $"residual {error} of {frobenius}");
        Assert.Equal(frobenius, svd.Sigma.Sum(s => s * s), frobenius * 1e-5);
        Assert.True(svd.Sigma[0] >= svd.Sigma[1] && svd.Sigma[1] >= svd.Sigma[2] && svd.Sigma[2] > 0);
    }

    [Fact]
    public void Left_singular_vectors_are_orthonormal()
    {
        var a = PpmiMatrix.FromDense(LowRank(50, 30, rank: 8, seed: 9));

        var svd = TruncatedSvd.Compute(a, k: 5, oversample: 5, powerIterations: 2, seed: 3);

        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
            {
                double dot = 0;
                for (int r = 0; r < 50; r++) dot += svd.U[r * 5 + i] * svd.U[r * 5 + j];
                Assert.Equal(i == j ? 1.0 : 0.0, dot, 1e-9);
            }
    }

    [Fact]
    public void Top_singular_values_match_the_exact_ones_of_a_full_rank_matrix()
    {
        var dense = LowRank(40, 25, rank: 25, seed: 2);
        var a = PpmiMatrix.FromDense(dense);
        // Exact: eigenvalues of AᵀA (25 × 25) by the same Jacobi routine, checked against its definition in the next test.
        var ata = new double[25 * 25];
        for (int i = 0; i < 25; i++)
            for (int j = 0; j < 25; j++)
                for (int r = 0; r < 40; r++) ata[i * 25 + j] += dense[r, i] * dense[r, j];
        var exact = TruncatedSvd.JacobiEigen(ata, 25).Values.OrderDescending().Select(Math.Sqrt).ToArray();

        var svd = TruncatedSvd.Compute(a, k: 4, oversample: 10, powerIterations: 2, seed: 4);

        for (int j = 0; j < 4; j++) Assert.Equal(exact[j], svd.Sigma[j], exact[0] * 1e-3);
    }

    [Fact]
    public void Jacobi_eigenpairs_satisfy_the_definition()
    {
        double[] m = [4, 1, 2, 1, 3, 0.5, 2, 0.5, 5];

        var (values, vectors) = TruncatedSvd.JacobiEigen(m, 3);

        for (int e = 0; e < 3; e++)
            for (int r = 0; r < 3; r++)
            {
                double av = 0;
                for (int c = 0; c < 3; c++) av += m[r * 3 + c] * vectors[c * 3 + e];
                Assert.Equal(values[e] * vectors[r * 3 + e], av, 1e-10);
            }
    }

    [Fact]
    public void The_same_matrix_and_seed_give_the_same_vectors()
    {
        var a = PpmiMatrix.FromDense(LowRank(70, 35, rank: 10, seed: 7));

        var first = TruncatedSvd.Compute(a, k: 6, oversample: 10, powerIterations: 2, seed: 11);
        var second = TruncatedSvd.Compute(a, k: 6, oversample: 10, powerIterations: 2, seed: 11);

        Assert.Equal(first.U, second.U);
        Assert.Equal(first.Sigma, second.Sigma);
    }

    [Fact]
    public void Sparse_products_match_dense_arithmetic()
    {
        var dense = new float[,] { { 1, 0, 2 }, { 0, 3, 0 } };
        var a = PpmiMatrix.FromDense(dense);

        Assert.Equal([1 * 1 + 2 * 5.0, 3 * 3.0], a.Multiply([1, 3, 5], 1));
        Assert.Equal([1 * 2.0, 3 * 7.0, 2 * 2.0], a.MultiplyTransposed([2, 7], 1));
    }
}
