using System.Buffers;
using System.Text;
using Storyline.Problems;
using UtfUnknown;

namespace Storyline.Ingest;

/// <summary>How the bytes became text, which is what maps a character back to its bytes.</summary>
public enum TextForm
{
    /// <summary>UTF-8; invalid bytes, if any, each became one character (its windows-1252 reading, or U+FFFD).</summary>
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Utf32LittleEndian,
    /// <summary>A one-byte-per-character encoding (windows-1252, ISO-8859-x, KOI8-R…).</summary>
    SingleByte,
    /// <summary>A legacy multi-byte encoding (Shift_JIS, GB18030, Big5…).</summary>
    MultiByte,
}

/// <summary>The outcome of decoding bytes: the text, the encoding used, and a warning (with its problem code) when it was a guess or a repair.</summary>
/// <param name="Form">How characters map back to bytes (see <see cref="TextDecoder.ByteOffsets"/>).</param>
/// <param name="Preamble">Bytes of a byte-order mark skipped before the text.</param>
/// <param name="Encoding">The encoding for <see cref="TextForm.SingleByte"/> and <see cref="TextForm.MultiByte"/>; null otherwise.</param>
public sealed record DecodedText(string Text, string EncodingName, string? Warning, string? WarningCode = null,
    TextForm Form = TextForm.Utf8, int Preamble = 0, Encoding? Encoding = null);

/// <summary>The outcome of decoding one input: the text (null for binary content) and its problem, if any: an error when
/// there is no text, a warning when the encoding was a guess or bytes were repaired.</summary>
public sealed record DecodeResult(DecodedText? Decoded, Problem? Problem);

/// <summary>
/// Turns bytes into text: byte-order marks first, then the UTF-16 pattern of NUL bytes, then UTF-8, then a
/// statistical guess, and windows-1252 as the last resort (every byte maps to a character, so nothing is lost).
/// UTF-8 with a few invalid bytes stays UTF-8 (one stray byte must not turn every "é" into "Ã©"): each invalid
/// byte becomes one character. Binary content is refused rather than decoded into garbage.
/// </summary>
public static class TextDecoder
{
    static TextDecoder()
    {
        // legacy code pages live in a provider that must be registered before the first lookup
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    private static readonly Encoding Windows1252;

    /// <summary>Decodes <paramref name="bytes"/> of the input <paramref name="source"/>: the text, with a warning problem
    /// when the encoding was guessed or bytes repaired; or, for binary content, no text and an error problem.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes, string source, string? declaredCharset = null)
    {
        if (DecodeText(bytes, declaredCharset) is not { } decoded)
            return new DecodeResult(null, new Problem(source, "binary content (not text): it has NUL or control bytes", ProblemCodes.InputBinary));
        return new DecodeResult(decoded, decoded.Warning is { } warning
            ? new Problem(source, warning, decoded.WarningCode ?? ProblemCodes.EncodingGuessed)
            : null);
    }

    /// <summary>The text of <paramref name="bytes"/>, or null for binary content.</summary>
    private static DecodedText? DecodeText(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes, 3, "utf-8 (BOM)", guessIfMostlyInvalid: false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return new DecodedText(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le (BOM)", null, Form: TextForm.Utf32LittleEndian, Preamble: 4);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le (BOM)", null, Form: TextForm.Utf16LittleEndian, Preamble: 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be (BOM)", null, Form: TextForm.Utf16BigEndian, Preamble: 2);

        var utf16 = SniffUtf16WithoutBom(bytes);
        if (utf16 is not null)
            return new DecodedText(utf16.GetString(bytes), utf16.WebName + " (no BOM)", null,
                Form: utf16.CodePage == Encoding.Unicode.CodePage ? TextForm.Utf16LittleEndian : TextForm.Utf16BigEndian);

        if (LooksBinary(bytes)) return null;

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return WithEncoding(bytes, declared, declared.WebName + " (declared)", null, null);

        return Utf8(bytes, 0, "utf-8", guessIfMostlyInvalid: true);
    }

    /// <summary>
    /// UTF-8 from <paramref name="start"/>. Invalid bytes are counted against well-formed multi-byte sequences: a file
    /// with more bad bytes than good sequences is another encoding (guessed, when allowed); otherwise it is UTF-8 with
    /// some damage, and each bad byte is read on its own.
    /// </summary>
    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, int start, string name, bool guessIfMostlyInvalid)
    {
        var body = bytes[start..];
        if (System.Text.Unicode.Utf8.IsValid(body))
            return new DecodedText(Encoding.UTF8.GetString(body), name, null, Preamble: start);
        var (multiByte, invalid, firstInvalid) = Survey(body);
        if (guessIfMostlyInvalid && invalid > multiByte)
        {
            var guess = Guess(bytes);
            return WithEncoding(bytes, guess, guess.WebName,
                $"not valid UTF-8 (first bad byte at offset {firstInvalid}); read as {guess.WebName}", ProblemCodes.EncodingGuessed);
        }
        return new DecodedText(Repair(body), name,
            $"{Count(invalid, "byte")} not valid UTF-8 (the first at offset {start + firstInvalid}); the text is read as UTF-8 and each bad byte as its windows-1252 character",
            ProblemCodes.EncodingRepaired, TextForm.Utf8, start);
    }

    private static DecodedText WithEncoding(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string? warning, string? code) =>
        new(encoding.GetString(bytes), name, warning, code, encoding.IsSingleByte ? TextForm.SingleByte : TextForm.MultiByte, 0, encoding);

    private static string Count(int n, string what) => n == 1 ? $"1 {what} is" : $"{n} {what}s are";

    /// <summary>Well-formed multi-byte sequences, invalid bytes, and the offset of the first invalid one.</summary>
    private static (int MultiByte, int Invalid, int FirstInvalid) Survey(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, invalid = 0, first = -1, i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80) { i++; continue; }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done) multi++;
            else
            {
                if (first < 0) first = i;
                invalid += consumed;
            }
            i += Math.Max(1, consumed);
        }
        return (multi, invalid, Math.Max(0, first));
    }

    /// <summary>UTF-8 where each byte of an invalid sequence is one character: its windows-1252 reading, or U+FFFD for the five bytes 1252 leaves undefined.</summary>
    private static string Repair(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed);
            consumed = Math.Max(1, consumed);
            if (status == OperationStatus.Done)
                sb.Append(pair[..rune.EncodeToUtf16(pair)]);
            else
                for (int k = 0; k < consumed; k++) sb.Append(Fallback(bytes[i + k]));
            i += consumed;
        }
        return sb.ToString();
    }

    private static char Fallback(byte b) => b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D ? '\uFFFD' : Windows1252.GetString([b])[0];

    /// <summary>
    /// For each character index of <paramref name="decoded"/>'s text (and its end), the offset of the byte where that
    /// character starts in <paramref name="bytes"/> (the bytes it was decoded from). The second half of a surrogate
    /// pair maps to the pair's start. Exact for UTF-8, UTF-16, UTF-32 and one-byte encodings; for legacy multi-byte
    /// encodings a character maps to the start of the bytes its decoder consumed to produce it.
    /// </summary>
    public static int[] ByteOffsets(ReadOnlySpan<byte> bytes, DecodedText decoded)
    {
        var text = decoded.Text;
        var map = new int[text.Length + 1];
        int c = 0, b = decoded.Preamble;
        switch (decoded.Form)
        {
            case TextForm.Utf8:
                while (b < bytes.Length && c < text.Length)
                {
                    if (bytes[b] < 0x80) { map[c++] = b++; continue; }
                    var status = Rune.DecodeFromUtf8(bytes[b..], out var rune, out int consumed);
                    consumed = Math.Max(1, consumed);
                    if (status == OperationStatus.Done)
                    {
                        for (int k = 0; k < rune.Utf16SequenceLength && c < text.Length; k++) map[c++] = b;
                        b += consumed;
                    }
                    else
                        for (int k = 0; k < consumed && c < text.Length; k++) map[c++] = b++;
                }
                break;
            case TextForm.Utf16LittleEndian or TextForm.Utf16BigEndian:
                for (; c < text.Length; c++) map[c] = Math.Min(bytes.Length, b + 2 * c);
                break;
            case TextForm.Utf32LittleEndian:
                for (; c < text.Length; c++)
                {
                    map[c] = Math.Min(bytes.Length, b);
                    if (char.IsHighSurrogate(text[c]) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1])) map[++c] = Math.Min(bytes.Length, b);
                    b += 4;
                }
                break;
            case TextForm.SingleByte:
                for (; c < text.Length; c++) map[c] = Math.Min(bytes.Length, b + c);
                break;
            default:
                // feed the decoder byte by byte: the characters that come out start where the previous ones ended
                var decoder = (decoded.Encoding ?? Windows1252).GetDecoder();
                Span<char> buffer = stackalloc char[16];
                int chunkStart = b;
                for (; b < bytes.Length && c < text.Length; b++)
                {
                    int n = decoder.GetChars(bytes.Slice(b, 1), buffer, flush: b == bytes.Length - 1);
                    for (int k = 0; k < n && c < text.Length; k++) map[c++] = chunkStart;
                    if (n > 0) chunkStart = b + 1;
                }
                for (; c < text.Length; c++) map[c] = chunkStart;
                break;
        }
        // whatever the form, a shorter byte run than text (a final partial character) maps to the end
        for (; c < text.Length; c++) map[c] = bytes.Length;
        map[text.Length] = bytes.Length;
        return map;
    }

    /// <summary>The detector's guess among 8-bit encodings, or windows-1252 (the usual truth for Western pages).</summary>
    private static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var result = CharsetDetector.DetectFromBytes(bytes.ToArray());
            var detected = result.Detected;
            if (detected is { Confidence: >= 0.5f, Encoding: { } enc } && enc.CodePage != Encoding.UTF8.CodePage && !IsAsciiOnly(enc)
                && enc is not UnicodeEncoding and not UTF32Encoding)
                return enc;
        }
        catch (Exception)
        {
            // the detector is a heuristic: any failure just means "no opinion"
        }
        return Windows1252;
    }

    private static bool IsAsciiOnly(Encoding e) => e.CodePage == 20127;

    public static Encoding? TryGetEncoding(string name)
    {
        try { return Encoding.GetEncoding(name.Trim().Trim('"', '\'')); }
        catch (ArgumentException) { return null; }
    }

    private static Encoding? SniffUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = n / 2;
        // ASCII-heavy UTF-16 has a NUL in almost every pair, always on the same side
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return Encoding.Unicode;
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return n > 0 && control > n / 100 + 1;
    }
}
