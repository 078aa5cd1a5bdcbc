using System.Text;
using Storyline.Ingest;
using Storyline.Problems;

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

    // Issue 19, case 5: one invalid byte made a UTF-8 file decode as windows-1252 ("Café" became "CafÃ©").

    [Fact]
    public void One_bad_byte_in_utf8_text_keeps_the_text_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("The Café opened on Monday. ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" The Guaidó camp said “no deal”.")).ToArray();
        var d = TextDecoder.Decode(bytes, out var error);
        Assert.Null(error);
        Assert.Equal("The Café opened on Monday. ÿ The Guaidó camp said “no deal”.", d!.Text);
        Assert.Equal(ProblemCodes.EncodingRepaired, d.WarningCode);
        Assert.Contains("1 byte is not valid UTF-8 (the first at offset 28)", d.Warning);
    }

    [Fact]
    public void Bad_byte_after_a_utf8_bom_is_read_on_its_own()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Café ")).Concat(new byte[] { 0x80 }).ToArray();
        var d = TextDecoder.Decode(bytes, out _);
        Assert.Equal("Café €", d!.Text);
        Assert.Equal(ProblemCodes.EncodingRepaired, d.WarningCode);
    }

    [Fact]
    public void Mostly_legacy_bytes_are_still_guessed_as_a_legacy_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Caf\u00E9, na\u00EFve, r\u00E9sum\u00E9 and d\u00E9j\u00E0 vu in one sentence.");
        var d = TextDecoder.Decode(bytes, out _);
        Assert.Equal(ProblemCodes.EncodingGuessed, d!.WarningCode);
        Assert.Contains("r\u00E9sum\u00E9", d.Text);
    }

    [Fact]
    public void Byte_offsets_point_at_each_character_in_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("a é 😀 ").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("z")).ToArray();
        var d = TextDecoder.Decode(bytes, out _)!;
        var map = TextDecoder.ByteOffsets(bytes, d);
        Assert.Equal("a é 😀 Ãz", d.Text);
        // a, space, é (2 bytes), space, 😀 (4 bytes, 2 chars), space, the bad byte, z, end
        Assert.Equal([0, 1, 2, 4, 5, 5, 9, 10, 11, 12], map);
    }
}
