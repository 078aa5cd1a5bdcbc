namespace Storyline.Lab.Evaluation.Extraction;

/// <summary>
/// One page's shingle match, normalised so that TP + FP + FN = 1 (every page weighs the same
/// whatever its length), plus whether the token sequences are identical.
/// </summary>
public readonly record struct ShingleScore(double Tp, double Fp, double Fn, bool Exact)
{
    /// <summary>TP/(TP+FP); 1 when nothing is missing or surplus; 0 when nothing was extracted that matched.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp + Fp == 0 ? 0 : Tp / (Tp + Fp);

    /// <summary>TP/(TP+FN); 1 when nothing is missing or surplus; 0 when nothing expected was found.</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp + Fn == 0 ? 0 : Tp / (Tp + Fn);
}
