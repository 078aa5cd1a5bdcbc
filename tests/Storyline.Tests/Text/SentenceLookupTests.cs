using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class SentenceLookupTests
{
    // sentences as the splitter makes them: in text order, not overlapping, some touching, some with gaps
    private static readonly ImmutableArray<Sentence> Sentences =
        [new(new(0, 10), 0), new(new(10, 5), 0), new(new(17, 8), 1), new(new(30, 1), 2), new(new(31, 9), 2)];

    [Fact]
    public void Finds_the_same_sentence_as_a_scan_in_order_for_every_span()
    {
        var lookup = new SentenceLookup(Sentences);
        for (int start = 0; start <= 42; start++)
            for (int length = 0; start + length <= 42; length++)
            {
                var span = new TextSpan(start, length);
                int scan = Sentences.ToList().FindIndex(s => s.Span.Contains(span));
                Assert.Equal(scan, lookup.IndexContaining(span));
                Assert.Equal(scan < 0 ? default : Sentences[scan], lookup.Containing(span));
                var overlapping = Enumerable.Range(0, Sentences.Length).Where(k => Sentences[k].Span.Overlaps(span)).ToList();
                var (from, to) = lookup.Overlapping(span);
                Assert.Equal(overlapping, Enumerable.Range(from, to - from).ToList());
            }
    }

    [Fact]
    public void An_article_without_sentences_holds_no_span()
    {
        var lookup = new SentenceLookup([]);
        Assert.Equal(-1, lookup.IndexContaining(new TextSpan(0, 3)));
        Assert.Equal((0, 0), lookup.Overlapping(new TextSpan(0, 3)));
    }
}
