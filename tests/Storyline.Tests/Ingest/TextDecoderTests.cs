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
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a.txt");
        Assert.Null(d.Problem);
        Assert.Equal(Sample, d.Decoded!.Text);
    }

    [Fact]
    public void Decode_strips_utf8_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(bytes, "a.txt").Decoded!.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_reads_utf16_le_with_and_without_bom(bool bom)
    {
        var bytes = (bom ? Encoding.Unicode.GetPreamble() : []).Concat(Encoding.Unicode.GetBytes(Sample + " Plain ASCII text follows here.")).ToArray();
        var d = TextDecoder.Decode(bytes, "a.txt");
        Assert.Null(d.Problem);
        Assert.StartsWith(Sample, d.Decoded!.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_reads_utf16_be_with_and_without_bom(bool bom)
    {
        var bytes = (bom ? Encoding.BigEndianUnicode.GetPreamble() : []).Concat(Encoding.BigEndianUnicode.GetBytes(Sample + " Plain ASCII text follows here.")).ToArray();
        Assert.StartsWith(Sample, TextDecoder.Decode(bytes, "a.txt").Decoded!.Text);
    }

    [Fact]
    public void Decode_falls_back_for_invalid_utf8_and_says_so()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Caf\u00E9 owners in S\u00E3o Paulo said the price rose to \u20AC5 a cup, which surprised everyone.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        var d = TextDecoder.Decode(bytes, "cafe.txt");
        Assert.Equal(("cafe.txt", ProblemCodes.EncodingGuessed, ProblemSeverity.Warning), (d.Problem!.Source, d.Problem.Code, d.Problem.Severity));
        Assert.Contains("not valid UTF-8", d.Problem.Reason);
        Assert.Contains("Caf\u00E9", d.Decoded!.Text);
        Assert.Contains("\u20AC5", d.Decoded.Text);
    }

    [Fact]
    public void Decode_refuses_binary_content()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02, 0x03 };
        var d = TextDecoder.Decode(bytes, "logo.png");
        Assert.Null(d.Decoded);
        Assert.Equal(ProblemCodes.InputBinary, d.Problem!.Code);
        Assert.Contains("binary", d.Problem.Reason);
    }

    // Issue 19, case 5: one invalid byte made a UTF-8 file decode as windows-1252 ("Café" became "CafÃ©").

    [Fact]
    public void One_bad_byte_in_utf8_text_keeps_the_text_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("The Café opened on Monday. ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" The Guaidó camp said “no deal”.")).ToArray();
        var result = TextDecoder.Decode(bytes, "cafe.txt");
        Assert.Equal("The Café opened on Monday. ÿ The Guaidó camp said “no deal”.", result.Decoded!.Text);
        Assert.Equal(ProblemCodes.EncodingRepaired, result.Problem!.Code);
        Assert.Contains("1 byte is not valid UTF-8 (the first at offset 28)", result.Problem.Reason);
    }

    [Fact]
    public void Bad_byte_after_a_utf8_bom_is_read_on_its_own()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Café ")).Concat(new byte[] { 0x80 }).ToArray();
        var result = TextDecoder.Decode(bytes, "cafe.txt");
        Assert.Equal("Café €", result.Decoded!.Text);
        Assert.Equal(ProblemCodes.EncodingRepaired, result.Problem!.Code);
    }

    [Fact]
    public void Mostly_legacy_bytes_are_still_guessed_as_a_legacy_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Caf\u00E9, na\u00EFve, r\u00E9sum\u00E9 and d\u00E9j\u00E0 vu in one sentence.");
        var d = TextDecoder.Decode(bytes, "legacy.txt").Decoded;
        Assert.Equal(ProblemCodes.EncodingGuessed, d!.WarningCode);
        Assert.Contains("r\u00E9sum\u00E9", d.Text);
    }

    [Fact]
    public void Byte_offsets_point_at_each_character_in_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("a é 😀 ").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("z")).ToArray();
        var d = TextDecoder.Decode(bytes, "bytes.txt").Decoded!;
        var map = TextDecoder.ByteOffsets(bytes, d);
        Assert.Equal("a é 😀 Ãz", d.Text);
        // a, space, é (2 bytes), space, 😀 (4 bytes, 2 chars), space, the bad byte, z, end
        Assert.Equal([0, 1, 2, 4, 5, 5, 9, 10, 11, 12], map);
    }
}
