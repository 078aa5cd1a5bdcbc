using Storyline.Problems;
using System.Text;
using CsCheck;
using Storyline.Ingest;

namespace Storyline.Tests.Properties;

/// <summary>The decoder over any bytes: it never throws, and every character maps back to the bytes it came from.</summary>
public class DecoderProperties
{
    static DecoderProperties() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Random bytes, and text in the encodings inputs come in, damaged here and there.</summary>
    private static readonly Gen<byte[]> Inputs = Gen.OneOf(
        Gen.Byte.Array[0, 300],
        Gen.String.Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Select(Gen.String, Gen.Int[0, 1000], Gen.Byte, (s, at, b) => Damage(Encoding.UTF8.GetBytes("Café naïve 😀 " + s), at, b)),
        Gen.String.Select(s => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(s)).ToArray()),
        Gen.String.Select(s => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(s)).ToArray()),
        Gen.String.Select(s => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(s)).ToArray()),
        Gen.String.Select(s => new byte[] { 0xFF, 0xFE, 0, 0 }.Concat(new UTF32Encoding(false, false).GetBytes(s)).ToArray()),
        Gen.String.Select(s => Encoding.GetEncoding(1252).GetBytes("Caf\u00e9 na\u00efve r\u00e9sum\u00e9 " + s)),
        Gen.String.Select(s => Encoding.GetEncoding("shift_jis").GetBytes("東京の天気は晴れです。" + s)));

    private static byte[] Damage(byte[] bytes, int at, byte b)
    {
        if (bytes.Length > 0) bytes[at % bytes.Length] = b;
        return bytes;
    }

    [Fact]
    public void Any_bytes_decode_without_an_exception_and_map_back()
    {
        Inputs.Sample(bytes =>
        {
            var result = TextDecoder.Decode(bytes, "input");
            if (result.Decoded is not { } decoded)
            {
                Assert.Equal(ProblemCodes.InputBinary, result.Problem?.Code);
                return;
            }
            Assert.Equal(decoded.Warning is null, decoded.WarningCode is null);
            var map = TextDecoder.ByteOffsets(bytes, decoded);
            var text = decoded.Text;
            Assert.Equal(text.Length + 1, map.Length);
            Assert.Equal(bytes.Length, map[^1]);
            if (text.Length > 0) Assert.Equal(decoded.Preamble, map[0]);
            for (int i = 1; i < map.Length; i++) Assert.True(map[i - 1] <= map[i], $"offsets go back at {i}");
            if (decoded.Form == TextForm.MultiByte) return; // legacy decoders map by the bytes they consumed, checked above

            // exact forms: the bytes between two character boundaries are those characters
            for (int i = 0; i < text.Length;)
            {
                int j = i + 1;
                if (char.IsHighSurrogate(text[i]) && j < text.Length && char.IsLowSurrogate(text[j])) j++;
                if (j == i + 2) Assert.Equal(map[i], map[i + 1]); // a surrogate pair's halves share one start
                var slice = bytes.AsSpan(map[i], map[j] - map[i]);
                Assert.True(BytesAre(decoded, slice, text[i..j]), $"character {i} ('{text[i..j]}') is not bytes {Convert.ToHexString(slice)}");
                i = j;
            }
        }, iter: 2000, threads: 1);
    }

    private static bool BytesAre(DecodedText decoded, ReadOnlySpan<byte> slice, string chars) => decoded.Form switch
    {
        // a character the decoder could not read is U+FFFD for some run of bytes
        _ when chars == "\uFFFD" => slice.Length >= 0,
        TextForm.Utf8 => System.Text.Unicode.Utf8.IsValid(slice) ? Encoding.UTF8.GetString(slice) == chars
            : slice.Length == 1 && Encoding.GetEncoding(1252).GetString(slice) == chars,
        TextForm.Utf16LittleEndian => Encoding.Unicode.GetString(slice) == chars,
        TextForm.Utf16BigEndian => Encoding.BigEndianUnicode.GetString(slice) == chars,
        TextForm.Utf32LittleEndian => new UTF32Encoding(false, false).GetString(slice) == chars,
        TextForm.SingleByte => slice.Length == 1 && decoded.Encoding!.GetString(slice) == chars,
        _ => true,
    };

    [Fact]
    public void Reported_first_bad_byte_is_a_bad_byte()
    {
        Gen.Select(Gen.String[1, 80], Gen.Int[0, 1000], Gen.Byte[0x80, 0xFF], (s, at, b) => Damage(Encoding.UTF8.GetBytes("Café " + s), at, b)).Sample(bytes =>
        {
            var decoded = TextDecoder.Decode(bytes, "input").Decoded;
            if (decoded?.Warning is null) return;
            var offset = int.Parse(System.Text.RegularExpressions.Regex.Match(decoded.Warning, @"at offset (\d+)").Groups[1].Value);
            // the bytes before it are valid UTF-8 up to a character boundary, and from it on they are not
            Assert.True(System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(0, offset)));
            Assert.NotEqual(System.Buffers.OperationStatus.Done, System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out _));
        }, iter: 1000, threads: 1);
    }
}
