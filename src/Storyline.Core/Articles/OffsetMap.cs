using System.Collections.Immutable;

namespace Storyline.Articles;

/// <summary>
/// Maps offsets of a cleaned text back to the raw text it was cut from.
/// The cleaned text is a concatenation of raw pieces (plus separators the cleaner inserted);
/// each segment records where one piece came from.
/// </summary>
public sealed class OffsetMap
{
    /// <summary>A piece of cleaned text copied verbatim from the raw text.</summary>
    public readonly record struct Segment(int CleanStart, int RawStart, int Length);

    private readonly ImmutableArray<Segment> _segments;

    public OffsetMap(ImmutableArray<Segment> segments) => _segments = segments;

    public ImmutableArray<Segment> Segments => _segments;

    /// <summary>Raw offset for a cleaned offset, or -1 when it falls on an inserted separator.</summary>
    public int ToRaw(int cleanOffset)
    {
        int lo = 0, hi = _segments.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _segments[mid];
            if (cleanOffset < s.CleanStart) hi = mid - 1;
            else if (cleanOffset >= s.CleanStart + s.Length) lo = mid + 1;
            else return s.RawStart + (cleanOffset - s.CleanStart);
        }
        return -1;
    }
}
