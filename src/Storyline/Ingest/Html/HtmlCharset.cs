using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Ingest.Html;

/// <summary>
/// Decodes page bytes the way browsers settle the charset: byte-order mark, then the HTTP
/// Content-Type, then a <c>&lt;meta charset&gt;</c> / http-equiv in the first bytes, then UTF-8
/// if the bytes are valid UTF-8, else windows-1252 (what browsers do with undeclared Latin-1).
/// </summary>
public static partial class HtmlCharset
{
    /// <summary>How many leading bytes are searched for a meta charset (the HTML spec's prescan uses 1024; pages often put it later).</summary>
    private const int PrescanBytes = 4096;

    static HtmlCharset()
    {
        // Legacy code pages (windows-1252, iso-8859-x, shift_jis...) live in a provider that must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The page text, and the name of the encoding used.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        var encoding = Detect(bytes, contentType, out int bomLength);
        return (encoding.GetString(bytes[bomLength..]), encoding.WebName);
    }

    /// <summary>Chooses the encoding; <paramref name="bomLength"/> is the byte-order mark to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? contentType, out int bomLength)
    {
        bomLength = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) { bomLength = 3; return new UTF8Encoding(false); }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) { bomLength = 2; return Encoding.Unicode; }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) { bomLength = 2; return Encoding.BigEndianUnicode; }

        if (FromLabel(CharsetParameter(contentType)) is { } fromHttp) return fromHttp;

        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        // The prescan is ASCII-compatible by definition: read the head as Latin-1 to find the label.
        var ascii = Encoding.Latin1.GetString(head);
        foreach (Match m in MetaCharset().Matches(ascii))
        {
            if (FromLabel(m.Groups["cs"].Value) is { } fromMeta)
            {
                // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
                if (fromMeta is UnicodeEncoding) return new UTF8Encoding(false);
                // Declared Latin-1 that is really valid UTF-8 with multi-byte text is mislabelled: trust the bytes.
                if (fromMeta.CodePage is 28591 or 1252 && IsValidUtf8(bytes, out bool multi) && multi) return new UTF8Encoding(false);
                return fromMeta;
            }
        }

        if (IsValidUtf8(bytes, out _)) return new UTF8Encoding(false);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>The charset parameter of a Content-Type value.</summary>
    internal static string? CharsetParameter(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>An encoding for a label; latin1/iso-8859-1/ascii map to windows-1252 as browsers do.</summary>
    internal static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (label is "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "us-ascii" or "ascii" or "l1" or "cp1252")
            label = "windows-1252";
        if (label is "utf8") label = "utf-8";
        try
        {
            var e = Encoding.GetEncoding(label);
            return e is UTF8Encoding ? new UTF8Encoding(false) : e;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool multiByte)
    {
        multiByte = false;
        // A truncated final sequence (size caps cut pages mid-character) should not fail the whole page.
        int end = bytes.Length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) back++;
        if (end - back - 1 >= 0 && bytes[end - back - 1] >= 0xC0) end = end - back - 1;
        var span = bytes[..end];
        for (int i = 0; i < span.Length; i++) if (span[i] >= 0x80) { multiByte = true; break; }
        return System.Text.Unicode.Utf8.IsValid(span);
    }

    [GeneratedRegex(@"<meta[^>]+?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();
}
