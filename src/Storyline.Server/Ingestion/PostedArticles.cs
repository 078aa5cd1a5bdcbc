using System.Text;
using System.Text.Json;
using Storyline.Ingest;
using Storyline.Ingest.Json;
using Storyline.Problems;

namespace Storyline.Server.Ingestion;

/// <summary>The records of a POST body: a draft or the reason a record cannot be one (with its problem code), in the order sent.</summary>
public sealed record PostedRecord(int Index, ArticleDraft? Draft, string? Problem, string? Code = null);

/// <summary>A body that is not JSON (or JSON Lines) at all: nothing of it is stored.</summary>
public sealed record MalformedBody(string Reason);

/// <summary>
/// Reads the body of <c>POST /api/articles</c>: a JSON array of records, one record, or JSON Lines (one record per line),
/// each <c>{text, title?, outlet?, url?, published?}</c> as <c>digest</c> reads JSON files (the same reader interprets
/// every record). Malformed JSON anywhere refuses the whole body, naming the line and byte: a client learns of its
/// mistake instead of finding half its batch stored.
/// </summary>
public static class PostedArticles
{
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64 };
    private static readonly JsonArticleReader Reader = new();

    public static (IReadOnlyList<PostedRecord> Records, MalformedBody? Error) Parse(ReadOnlySpan<byte> body, string? contentType)
    {
        string text;
        try { text = new UTF8Encoding(false, true).GetString(body.StartsWith("\uFEFF"u8) ? body[3..] : body); }
        catch (DecoderFallbackException) { return ([], new MalformedBody("the body is not UTF-8 text")); }
        if (string.IsNullOrWhiteSpace(text)) return ([], new MalformedBody("the body is empty: send a JSON array of articles, one article, or JSON Lines"));

        var elements = new List<string>();
        bool lines = contentType is not null && (contentType.Contains("ndjson", StringComparison.OrdinalIgnoreCase)
                                                 || contentType.Contains("jsonl", StringComparison.OrdinalIgnoreCase)
                                                 || contentType.Contains("json-seq", StringComparison.OrdinalIgnoreCase));
        if (!lines)
        {
            try
            {
                using var doc = JsonDocument.Parse(text, Strict);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var wrapped) && wrapped.ValueKind == JsonValueKind.Array)
                    root = wrapped;
                if (root.ValueKind == JsonValueKind.Array) elements.AddRange(root.EnumerateArray().Select(e => e.GetRawText()));
                else elements.Add(root.GetRawText());
            }
            catch (JsonException ex)
            {
                // several top-level values, one per line, are JSON Lines sent without saying so
                if (!LooksLikeLines(text)) return ([], new MalformedBody("malformed JSON: " + Plain(ex)));
                lines = true;
            }
        }
        if (lines)
        {
            int lineNo = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line, Strict);
                    elements.Add(doc.RootElement.GetRawText());
                }
                catch (JsonException ex)
                {
                    return ([], new MalformedBody($"malformed JSON on line {lineNo}: {Plain(ex)}"));
                }
            }
        }

        var records = new List<PostedRecord>(elements.Count);
        for (int i = 0; i < elements.Count; i++)
        {
            var raw = elements[i];
            var source = $"POST /api/articles#{i + 1}";
            if (raw.Length == 0 || raw[0] != '{')
            {
                records.Add(new PostedRecord(i, null, "expected a JSON object with \"text\"", ProblemCodes.JsonRecordNotObject));
                continue;
            }
            var read = Reader.Read(new InputDocument(source, Encoding.UTF8.GetBytes(raw), "application/json"), raw);
            var draft = read.Drafts.FirstOrDefault();
            var problem = read.Problems.FirstOrDefault();
            records.Add(draft is null
                ? new PostedRecord(i, null, problem?.Reason ?? "record has no \"text\"", problem?.Code ?? ProblemCodes.JsonRecordNoText)
                : new PostedRecord(i, draft with { Source = draft.Metadata.Url ?? source }, null));
        }
        return (records, null);
    }

    private static bool LooksLikeLines(string text)
    {
        var nonEmpty = text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Take(2).ToList();
        return nonEmpty.Count > 1 && nonEmpty.All(l => l.TrimStart().StartsWith('{'));
    }

    private static string Plain(JsonException ex)
    {
        var msg = ex.Message;
        int cut = msg.IndexOf(" Path:", StringComparison.Ordinal);
        var core = (cut > 0 ? msg[..cut] : msg).TrimEnd('.');
        return ex.LineNumber is { } line ? $"{core} (line {line + 1}, byte {ex.BytePositionInLine})" : core;
    }
}
