using Storyline.Text;

namespace Storyline.Annotate.Quotes;

/// <summary>The parts of one article's quotes, each marked direct or reported, for "is this span inside a quote?" in
/// logarithmic time (<see cref="SpanIndex{T}"/>).</summary>
public sealed class QuoteSpans
{
    private readonly SpanIndex<bool> _parts;

    private QuoteSpans(SpanIndex<bool> parts) => _parts = parts;

    public static QuoteSpans Of(IEnumerable<Quote> quotes) =>
        new(new SpanIndex<bool>(quotes.SelectMany(q => q.Parts.Select(p => (p, q.Direct)))));

    /// <summary>True when a part of a quote (of a direct quote only, when <paramref name="directOnly"/>) contains <paramref name="target"/>.</summary>
    public bool Contains(TextSpan target, bool directOnly) => _parts.AnyContaining(target, directOnly ? direct => direct : null);

    /// <summary>The parts of direct (or, when <paramref name="direct"/> is false, reported) quotes that overlap
    /// <paramref name="window"/>, in text order.</summary>
    public List<TextSpan> Overlapping(TextSpan window, bool direct) =>
        [.. _parts.Overlapping(window).Where(p => p.Value == direct).Select(p => p.Span)];
}
