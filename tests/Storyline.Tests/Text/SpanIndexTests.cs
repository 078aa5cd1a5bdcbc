using CsCheck;
using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class SpanIndexTests
{
    // spans as layers make them: overlapping, nested, equal, empty, in any order
    private static readonly Gen<List<(TextSpan Span, int Value)>> Items =
        Gen.Select(Gen.Int[0, 60], Gen.Int[0, 12]).Select((s, l) => new TextSpan(s, l)).List[0, 25]
            .Select(spans => spans.Select((s, i) => (s, i)).ToList());

    private static readonly Gen<TextSpan> Windows = Gen.Select(Gen.Int[0, 75], Gen.Int[0, 15]).Select((s, l) => new TextSpan(s, l));

    [Fact]
    public void Answers_as_a_scan_of_every_span_would_in_the_same_order() =>
        Gen.Select(Items, Windows).Sample((items, window) =>
        {
            var index = new SpanIndex<int>(items);
            // a stable sort by start: equal starts keep the order given
            var byStart = items.OrderBy(x => x.Span.Start).ToList();
            Assert.Equal(byStart.Where(x => x.Span.Overlaps(window)).ToList(), index.Overlapping(window));
            Assert.Equal(items.Any(x => x.Span.Overlaps(window)), index.AnyOverlapping(window));
            Assert.Equal(items.Any(x => x.Span.Contains(window)), index.AnyContaining(window));
            Assert.Equal(items.Any(x => x.Span.Contains(window) && x.Value % 2 == 0), index.AnyContaining(window, v => v % 2 == 0));
        });

    [Fact]
    public void A_span_inside_a_long_early_span_is_found_past_later_short_ones()
    {
        // the walk back must not stop at the short spans that end before the target: the long first one still holds it
        var index = new SpanIndex<string>([(new TextSpan(0, 100), "long"), (new TextSpan(10, 2), "a"), (new TextSpan(20, 2), "b")]);
        Assert.True(index.AnyContaining(new TextSpan(50, 5)));
        Assert.Equal(["long"], index.Overlapping(new TextSpan(50, 5)).Select(x => x.Value));
        Assert.False(index.AnyContaining(new TextSpan(95, 10)));
    }
}
