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
        // article text is untrusted: escape what could break out of an HTML <script> if embedded
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string Write(ReportDocument report) => JsonSerializer.Serialize(report, Options);

    public static void Write(ReportDocument report, Stream stream) => JsonSerializer.Serialize(stream, report, Options);
}
