using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// The parts of one article's quotes sorted by start, so "is this span inside a quote?" costs a binary search: stages
/// that ask it for every label, verb and date of a long text grew with the square of its length when they scanned the
/// article's quotes each time.
/// </summary>
public sealed class QuoteSpans
{
    private readonly TextSpan[] _parts;
    private readonly bool[] _direct;
    /// <summary>The largest end among parts 0..k: no part at or before k can contain a span ending later.</summary>
    private readonly int[] _maxEnd;

    private QuoteSpans(TextSpan[] parts, bool[] direct)
    {
        _parts = parts;
        _direct = direct;
        _maxEnd = new int[parts.Length];
        for (int k = 0; k < parts.Length; k++) _maxEnd[k] = Math.Max(k == 0 ? int.MinValue : _maxEnd[k - 1], parts[k].End);
    }

    public static QuoteSpans Of(IEnumerable<Quote> quotes)
    {
        var parts = quotes.SelectMany(q => q.Parts.Select(p => (Span: p, q.Direct))).OrderBy(p => p.Span.Start).ToArray();
        return new QuoteSpans([.. parts.Select(p => p.Span)], [.. parts.Select(p => p.Direct)]);
    }

    /// <summary>True when a part of a quote (of a direct quote only, when <paramref name="directOnly"/>) contains <paramref name="target"/>.</summary>
    public bool Contains(TextSpan target, bool directOnly)
    {
        // the last part starting at or before the target, then back while some earlier part could still reach its end
        int lo = 0, hi = _parts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_parts[mid].Start <= target.Start) lo = mid + 1; else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && _maxEnd[k] >= target.End; k--)
            if ((!directOnly || _direct[k]) && _parts[k].Contains(target)) return true;
        return false;
    }

    /// <summary>The parts of direct (or, when <paramref name="direct"/> is false, reported) quotes that overlap
    /// <paramref name="window"/>, in text order.</summary>
    public List<TextSpan> Overlapping(TextSpan window, bool direct)
    {
        int lo = 0, hi = _parts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_parts[mid].Start < window.End) lo = mid + 1; else hi = mid;
        }
        var found = new List<TextSpan>();
        for (int k = lo - 1; k >= 0 && _maxEnd[k] > window.Start; k--)
            if (_direct[k] == direct && _parts[k].Overlaps(window)) found.Add(_parts[k]);
        found.Reverse();
        return found;
    }
}
