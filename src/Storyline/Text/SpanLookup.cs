using System.Collections.Immutable;

namespace Storyline.Text;

/// <summary>
/// Finds, by binary search, which of an article's sentences hold a span. Sentences come from the splitter in text order
/// and never overlap; a stage that asks "which sentence is this in?" for every mention would otherwise scan the whole
/// list each time, a cost that grows with the square of a long text's length.
/// </summary>
public sealed class SentenceLookup
{
    private readonly ImmutableArray<Sentence> _sentences;

    public SentenceLookup(ImmutableArray<Sentence> sentences) => _sentences = sentences;

    public ImmutableArray<Sentence> Sentences => _sentences;

    /// <summary>
    /// Index of the first sentence that contains <paramref name="span"/>, or -1: the same answer as a scan in
    /// order (<c>FindIndex(s =&gt; s.Span.Contains(span))</c>), in logarithmic time.
    /// </summary>
    public int IndexContaining(TextSpan span)
    {
        int last = LastStartingAtOrBefore(span.Start);
        // an empty span where one sentence ends and the next begins lies in both: the scan finds the earlier one
        for (int k = Math.Max(0, last - 1); k <= last && k >= 0; k++)
            if (_sentences[k].Span.Contains(span)) return k;
        return -1;
    }

    /// <summary>The first sentence that contains <paramref name="span"/>, or the default sentence (empty span) when none does.</summary>
    public Sentence Containing(TextSpan span)
    {
        int k = IndexContaining(span);
        return k < 0 ? default : _sentences[k];
    }

    /// <summary>The sentences that overlap <paramref name="span"/>, as the range [From, To) of indices.</summary>
    public (int From, int To) Overlapping(TextSpan span)
    {
        int from = LastStartingAtOrBefore(span.Start);
        if (from < 0 || !_sentences[from].Span.Overlaps(span)) from++;
        int to = from;
        while (to < _sentences.Length && _sentences[to].Span.Start < span.End) to++;
        while (from < to && !_sentences[from].Span.Overlaps(span)) from++;
        return (from, to);
    }

    /// <summary>Index of the last sentence starting at or before <paramref name="position"/>, or -1.</summary>
    private int LastStartingAtOrBefore(int position)
    {
        int lo = 0, hi = _sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sentences[mid].Span.Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
