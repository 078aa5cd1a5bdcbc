using Storyline.Text;

namespace Storyline.Tests.Text;

/// <summary>The one date parser reads every form metadata, feeds, URLs and text write a date in.</summary>
public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2019-01-28", "2019-01-28T00:00:00+00:00", true)]
    [InlineData("20190128", "2019-01-28T00:00:00+00:00", true)]
    [InlineData("2019/01/28", "2019-01-28T00:00:00+00:00", true)]
    [InlineData("2019-01-28T10:15:00+01:00", "2019-01-28T10:15:00+01:00", false)]
    [InlineData("2019-01-28T10:15:00+0100", "2019-01-28T10:15:00+01:00", false)]
    [InlineData("2019-01-28 10:15", "2019-01-28T10:15:00+00:00", false)]
    // RFC 822 as feeds write it: a zone name .NET does not know, and a weekday that is wrong (the 28th was a Monday)
    [InlineData("Mon, 28 Jan 2019 10:15:00 EST", "2019-01-28T10:15:00-05:00", false)]
    [InlineData("Fri, 28 Jan 2019 10:15:00 GMT", "2019-01-28T10:15:00+00:00", false)]
    [InlineData("28 Jan 2019 10:15:00 +0000", "2019-01-28T10:15:00+00:00", false)]
    [InlineData("1548670500", "2019-01-28T10:15:00+00:00", false)]
    [InlineData("1548670500000", "2019-01-28T10:15:00+00:00", false)]
    [InlineData("January 28, 2019", "2019-01-28T00:00:00+00:00", true)]
    [InlineData("Published on Jan. 28th, 2019 by the desk", "2019-01-28T00:00:00+00:00", true)]
    public void Reads_a_date_in_any_form_metadata_gives_it(string written, string expected, bool dateOnly)
    {
        Assert.True(DateParsing.TryParse(written, out var value, out var isDateOnly));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected.Substring(19), value.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(dateOnly, isDateOnly);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tomorrow")]
    [InlineData("12345")]
    [InlineData("2019-13-45")]
    public void Refuses_what_is_not_a_date(string written) =>
        Assert.False(DateParsing.TryParse(written, out _, out _));

    [Theory]
    [InlineData("/news/2019/01/28/venezuela-crisis", "2019-01-28")]
    [InlineData("/2019-01-28-harbour-flood.html", "2019-01-28")]
    [InlineData("/archive/20190128/story", "2019-01-28")]
    public void Reads_the_date_in_a_url_path(string path, string expected)
    {
        Assert.True(DateParsing.TryParseUrlPath(path, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/news/2019/13/28/story")]
    [InlineData("/news/2019/02/30/story")]
    [InlineData("/product/1234567/story")]
    public void A_url_without_a_real_date_gives_none(string path) =>
        Assert.False(DateParsing.TryParseUrlPath(path, out _));

    [Fact]
    public void A_template_placeholder_is_not_a_plausible_publication_date()
    {
        Assert.True(DateParsing.TryParse("1970-01-01", out var epoch, out _));
        Assert.False(DateParsing.IsPlausiblePublication(epoch));
        Assert.True(DateParsing.IsPlausiblePublication(new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero)));
    }
}
