using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// The tagger's feature weights laid out for lookup speed: an open-addressing table whose slots hold key and row
/// together (one cache line touched per probe, where a general dictionary touches buckets, entries and values
/// apart), indexed by the key's own bits (feature keys are already well-mixed hashes). Tagging looks up ~100 keys
/// per token in a table of half a million rows, so this lookup is the tagger's main cost. Read-only after
/// construction, hence thread-safe.
/// </summary>
internal sealed class FeatureTable
{
    private const int K = NerTags.Count;

    private readonly ulong[] _slots; // key << 32 | (row + 1); 0 = empty
    private readonly int _mask;
    private readonly float[] _weights;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows, float[] weights)
    {
        int capacity = 16;
        while (capacity < rows.Count * 2) capacity <<= 1;
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        _weights = weights;
        foreach (var (key, row) in rows)
        {
            int i = (int)(key & (uint)_mask);
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = ((ulong)key << 32) | (uint)(row + 1);
        }
    }

    /// <summary>Row of <paramref name="key"/>, or -1 when the model has no weights for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint key)
    {
        int i = (int)(key & (uint)_mask);
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == 0) return -1;
            if ((uint)(slot >> 32) == key) return (int)(uint)slot - 1;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds the weights of <paramref name="key"/> (if any) to one token's K scores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(Span<float> scores, uint key)
    {
        int r = RowOf(key);
        if (r < 0) return;
        Add(scores, _weights.AsSpan(r * K, K));
    }

    /// <summary>Element-wise <paramref name="scores"/> += <paramref name="weights"/> (K values; each element's sum is the same as a scalar loop's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(Span<float> scores, ReadOnlySpan<float> weights)
    {
        if (Vector256.IsHardwareAccelerated && scores.Length == K && weights.Length == K)
        {
            ref float s = ref scores[0];
            ref float w = ref Unsafe.AsRef(in weights[0]);
            (Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref w)).StoreUnsafe(ref s);
            (Vector256.LoadUnsafe(ref s, 8) + Vector256.LoadUnsafe(ref w, 8)).StoreUnsafe(ref s, 8);
            for (int t = 16; t < K; t++) scores[t] += weights[t];
            return;
        }
        for (int t = 0; t < scores.Length; t++) scores[t] += weights[t];
    }
}
