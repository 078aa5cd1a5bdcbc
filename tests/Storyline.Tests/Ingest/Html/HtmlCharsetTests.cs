using System.Text;
using Storyline.Ingest.Html;

namespace Storyline.Tests.Ingest.Html;

public sealed class HtmlCharsetTests
{
    // the tests build legacy-encoded bytes themselves: they must not depend on another test having registered code pages
    static HtmlCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Word = "café déjà";

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void ByteOrderMarkWins()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes($"<meta charset=\"windows-1252\"><p>{Word}</p>")).ToArray();
        var (text, enc) = HtmlCharset.Decode(bytes, "text/html; charset=iso-8859-1");
        Assert.Equal("utf-8", enc);
        Assert.Contains(Word, text);
        Assert.False(text.StartsWith('\uFEFF'));
    }

    [Fact]
    public void HttpContentTypeBeatsMeta()
    {
        var (text, enc) = HtmlCharset.Decode(Latin1($"<meta charset=\"utf-8\"><p>{Word}</p>"), "text/html; charset=ISO-8859-1");
        Assert.Equal("windows-1252", enc);
        Assert.Contains(Word, text);
    }

    [Fact]
    public void MetaCharsetInTheFirstBytes()
    {
        var (text, enc) = HtmlCharset.Decode(Latin1($"<html><head><meta charset='windows-1252'></head><p>{Word}</p>"));
        Assert.Equal("windows-1252", enc);
        Assert.Contains(Word, text);
    }

    [Fact]
    public void HttpEquivContentTypeMeta()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>Привет</p>");
        var (text, enc) = HtmlCharset.Decode(bytes);
        Assert.Equal("koi8-r", enc);
        Assert.Contains("Привет", text);
    }

    [Fact]
    public void UndeclaredValidUtf8IsUtf8()
    {
        var (text, enc) = HtmlCharset.Decode(Encoding.UTF8.GetBytes($"<p>{Word} – “quoted”</p>"));
        Assert.Equal("utf-8", enc);
        Assert.Contains("“quoted”", text);
    }

    [Fact]
    public void UndeclaredInvalidUtf8FallsBackToWindows1252()
    {
        var bytes = Latin1($"<p>{Word}</p>").Concat(new byte[] { 0x93, 0x41, 0x94 }).ToArray();
        var (text, enc) = HtmlCharset.Decode(bytes);
        Assert.Equal("windows-1252", enc);
        Assert.Contains(Word, text);
        Assert.Contains("“A”", text); // 0x93/0x94 are curly quotes in 1252, not C1 controls
    }

    [Fact]
    public void MislabelledLatin1ThatIsReallyUtf8IsReadAsUtf8()
    {
        var (text, _) = HtmlCharset.Decode(Encoding.UTF8.GetBytes($"<meta charset=\"iso-8859-1\"><p>{Word}</p>"));
        Assert.Contains(Word, text);
    }

    [Fact]
    public void UnknownLabelIsIgnored()
    {
        var (text, enc) = HtmlCharset.Decode(Encoding.UTF8.GetBytes($"<meta charset=\"x-no-such-thing\"><p>{Word}</p>"));
        Assert.Equal("utf-8", enc);
        Assert.Contains(Word, text);
    }

    [Fact]
    public void SizeCapCutInsideACharacterStillCountsAsUtf8()
    {
        var full = Encoding.UTF8.GetBytes($"<p>{Word} é");
        var (_, enc) = HtmlCharset.Decode(full.AsSpan(0, full.Length - 1));
        Assert.Equal("utf-8", enc);
    }
}
