namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// 32-bit feature keys built without allocating strings: a template id mixed with the characters of
/// its values. At the ~2M distinct training features collisions touch a few hundred of them, which a
/// linear model shrugs off, and 32-bit keys halve the shipped table.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => (Offset ^ (ulong)template) * Prime;

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ c) * Prime;
        return (h ^ 0xFFFF) * Prime; // separator, so ("ab","c") and ("a","bc") differ
    }

    public static ulong Add(ulong h, int value) => (h ^ (uint)value ^ 0x9E3779B9u) * Prime;

    public static uint Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return (uint)h;
    }

    public static uint Of(int template) => Finish(Start(template));
    public static uint Of(int template, ReadOnlySpan<char> a) => Finish(Add(Start(template), a));
    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Finish(Add(Add(Start(template), a), b));
    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Finish(Add(Add(Add(Start(template), a), b), c));
    public static uint Of(int template, int a) => Finish(Add(Start(template), a));
    public static uint Of(int template, int a, int b) => Finish(Add(Add(Start(template), a), b));
    public static uint Of(int template, int a, ReadOnlySpan<char> b) => Finish(Add(Add(Start(template), a), b));
}
