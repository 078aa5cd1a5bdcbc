namespace Storyline.Cluster;

/// <summary>
/// 64-bit hashes that are the same in every process (unlike <see cref="string.GetHashCode()"/>),
/// so term keys, shingles and therefore clustering results are reproducible run to run.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over UTF-16 code units, finished with a strong mixer so low bits are usable for sampling.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = FnvOffset;
        foreach (char c in text)
        {
            h ^= c;
            h *= FnvPrime;
        }
        return Mix(h);
    }

    public static ulong Of(string text) => Of(text.AsSpan());

    /// <summary>MurmurHash3's 64-bit finaliser: every input bit affects every output bit.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>Order-dependent combination of two hashes.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);
}
