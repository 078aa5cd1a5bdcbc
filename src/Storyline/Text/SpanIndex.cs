namespace Storyline.Text;

/// <summary>
/// Spans of one text, each with a value, sorted by start so that "which of them overlap or contain this span?" costs a
/// binary search and a short walk back. Stages that asked it by scanning every span, once per sentence or word of a
/// long text, grew with the square of its length.
/// </summary>
public sealed class SpanIndex<T>
{
    private readonly TextSpan[] _spans;
    private readonly T[] _values;
    /// <summary>The largest end among spans 0..k: no span at or before k reaches past it.</summary>
    private readonly int[] _maxEnd;

    /// <param name="items">The spans and their values; equal starts keep the order given.</param>
    public SpanIndex(IEnumerable<(TextSpan Span, T Value)> items)
    {
        var sorted = items.Select((x, i) => (x.Span, x.Value, Order: i)).OrderBy(x => x.Span.Start).ThenBy(x => x.Order).ToArray();
        _spans = [.. sorted.Select(x => x.Span)];
        _values = [.. sorted.Select(x => x.Value)];
        _maxEnd = new int[_spans.Length];
        for (int k = 0; k < _spans.Length; k++) _maxEnd[k] = Math.Max(k == 0 ? int.MinValue : _maxEnd[k - 1], _spans[k].End);
    }

    public int Count => _spans.Length;

    /// <summary>The items whose span overlaps <paramref name="window"/>, by start (equal starts in the order given).</summary>
    public List<(TextSpan Span, T Value)> Overlapping(TextSpan window)
    {
        var found = new List<(TextSpan, T)>();
        for (int k = StartingBefore(window.End) - 1; k >= 0 && _maxEnd[k] > window.Start; k--)
            if (_spans[k].Overlaps(window)) found.Add((_spans[k], _values[k]));
        found.Reverse();
        return found;
    }

    /// <summary>True when some item's span contains <paramref name="target"/> and its value passes <paramref name="accept"/>.</summary>
    public bool AnyContaining(TextSpan target, Func<T, bool>? accept = null)
    {
        for (int k = StartingBefore(target.Start + 1) - 1; k >= 0 && _maxEnd[k] >= target.End; k--)
            if (_spans[k].Contains(target) && (accept is null || accept(_values[k]))) return true;
        return false;
    }

    /// <summary>True when some item's span overlaps <paramref name="window"/>.</summary>
    public bool AnyOverlapping(TextSpan window)
    {
        for (int k = StartingBefore(window.End) - 1; k >= 0 && _maxEnd[k] > window.Start; k--)
            if (_spans[k].Overlaps(window)) return true;
        return false;
    }

    /// <summary>The number of spans that start before <paramref name="position"/>.</summary>
    private int StartingBefore(int position)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
