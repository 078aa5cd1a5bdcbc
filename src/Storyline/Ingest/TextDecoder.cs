using System.Text;
using UtfUnknown;

namespace Storyline.Ingest;

/// <summary>The outcome of decoding bytes: the text, the encoding used, and a warning when it was a guess.</summary>
public sealed record DecodedText(string Text, string EncodingName, string? Warning);

/// <summary>
/// Turns bytes into text: byte-order marks first, then the UTF-16 pattern of NUL bytes, then strict
/// UTF-8, then a statistical guess, and windows-1252 as the last resort (every byte maps to a character,
/// so nothing is lost). Binary content is refused rather than decoded into garbage.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null with <paramref name="error"/> set for binary content.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, out string? error, string? declaredCharset = null)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8OrFallback(bytes[3..], "utf-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return new DecodedText(new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le (BOM)", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le (BOM)", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be (BOM)", null);

        var utf16 = SniffUtf16WithoutBom(bytes);
        if (utf16 is not null)
            return new DecodedText(utf16.GetString(bytes), utf16.WebName + " (no BOM)", null);

        if (LooksBinary(bytes))
        {
            error = "binary content (not text): it has NUL or control bytes";
            return null;
        }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return new DecodedText(declared.GetString(bytes), declared.WebName + " (declared)", null);

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException ex)
        {
            int at = ex.Index;
            var guess = Guess(bytes);
            return new DecodedText(guess.GetString(bytes), guess.WebName,
                $"not valid UTF-8 (first bad byte at offset {Math.Max(0, at)}); read as {guess.WebName}");
        }
    }

    private static DecodedText Utf8OrFallback(ReadOnlySpan<byte> bytes, string name)
    {
        try { return new DecodedText(StrictUtf8.GetString(bytes), name, null); }
        catch (DecoderFallbackException)
        {
            var text = Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD, kept visible
            return new DecodedText(text, name, "UTF-8 byte-order mark but invalid UTF-8 bytes; bad bytes shown as \uFFFD");
        }
    }

    /// <summary>The detector's guess among 8-bit encodings, or windows-1252 (the usual truth for Western pages).</summary>
    private static Encoding Guess(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var result = CharsetDetector.DetectFromBytes(bytes.ToArray());
            var detected = result.Detected;
            if (detected is { Confidence: >= 0.5f, Encoding: { } enc } && enc.CodePage != Encoding.UTF8.CodePage && !IsAsciiOnly(enc))
                return enc;
        }
        catch (Exception)
        {
            // the detector is a heuristic: any failure just means "no opinion"
        }
        return Encoding.GetEncoding(1252);
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
