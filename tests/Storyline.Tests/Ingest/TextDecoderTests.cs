using System.Text;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class TextDecoderTests
{
    private const string Sample = "Guaidó met Nicolás in Caracas — “no deal”.";

    [Fact]
    public void Decode_reads_utf8_without_bom()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), out var error);
        Assert.Null(error);
        Assert.Equal(Sample, d!.Text);
        Assert.Null(d.Warning);
    }

    [Fact]
    public void Decode_strips_utf8_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(bytes, out _)!.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_reads_utf16_le_with_and_without_bom(bool bom)
    {
        var bytes = (bom ? Encoding.Unicode.GetPreamble() : []).Concat(Encoding.Unicode.GetBytes(Sample + " Plain ASCII text follows here.")).ToArray();
        var d = TextDecoder.Decode(bytes, out var error);
        Assert.Null(error);
        Assert.StartsWith(Sample, d!.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_reads_utf16_be_with_and_without_bom(bool bom)
    {
        var bytes = (bom ? Encoding.BigEndianUnicode.GetPreamble() : []).Concat(Encoding.BigEndianUnicode.GetBytes(Sample + " Plain ASCII text follows here.")).ToArray();
        Assert.StartsWith(Sample, TextDecoder.Decode(bytes, out _)!.Text);
    }

    [Fact]
    public void Decode_falls_back_for_invalid_utf8_and_says_so()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Caf\u00E9 owners in S\u00E3o Paulo said the price rose to \u20AC5 a cup, which surprised everyone.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        var d = TextDecoder.Decode(bytes, out var error);
        Assert.Null(error);
        Assert.NotNull(d!.Warning);
        Assert.Contains("not valid UTF-8", d.Warning);
        Assert.Contains("Caf\u00E9", d.Text);
        Assert.Contains("\u20AC5", d.Text);
    }

    [Fact]
    public void Decode_refuses_binary_content()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02, 0x03 };
        Assert.Null(TextDecoder.Decode(bytes, out var error));
        Assert.Contains("binary", error);
    }
}
