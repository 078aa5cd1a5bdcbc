using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Report;

/// <summary>Writes the report contract as JSON (camelCase, nulls kept so every contract field is present).</summary>
public static class JsonReportWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // article text is untrusted: escape what could break out of an HTML <script> if embedded, control characters
        // (the encoder always does), and the bidi controls it would let through (they reorder what a viewer shows)
        Encoder = JavaScriptEncoder.Create(UntrustedText()),
    };

    private static TextEncoderSettings UntrustedText()
    {
        var settings = new TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All);
        settings.ForbidCharacters(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029']);
        return settings;
    }

    public static string Write(ReportDocument report) => JsonSerializer.Serialize(report, Options);

    public static void Write(ReportDocument report, Stream stream) => JsonSerializer.Serialize(stream, report, Options);
}
