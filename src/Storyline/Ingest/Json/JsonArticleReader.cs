using Storyline.Problems;
using System.Collections.Immutable;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Ingest.Json;

/// <summary>
/// Reads articles from JSON: one object, an array of objects, an object with an <c>articles</c> array,
/// or JSON Lines (one object per line). Each record needs <c>text</c> (or <c>body</c>/<c>content</c>);
/// <c>title</c>, <c>outlet</c>, <c>url</c>, <c>published</c> are optional. A bad line or record is a
/// problem of its own; the other records are still read.
/// </summary>
public sealed class JsonArticleReader : IArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public string Name => "json";

    public int Score(InputDocument document, ReadOnlySpan<char> head)
    {
        if (document.Extension is ".json" or ".jsonl" or ".ndjson") return 60;
        var trimmed = head.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[' ? 20 : 0;
    }

    public ReadResult Read(InputDocument document, string text)
    {
        var drafts = ImmutableArray.CreateBuilder<ArticleDraft>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        bool lines = document.Extension is ".jsonl" or ".ndjson" || LooksLikeJsonLines(text);
        if (lines)
        {
            int lineNo = 0;
            foreach (var line in text.Split('\n'))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var source = $"{document.Source}#L{lineNo}";
                try
                {
                    using var doc = JsonDocument.Parse(line, Options);
                    ReadRecord(doc.RootElement, source, drafts, problems);
                }
                catch (JsonException ex)
                {
                    problems.Add(new Problem(source, "malformed JSON line: " + Plain(ex), ProblemCodes.JsonMalformed));
                }
            }
        }
        else
        {
            try
            {
                using var doc = JsonDocument.Parse(text, Options);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("articles", out var articles) && articles.ValueKind == JsonValueKind.Array)
                    root = articles;
                if (root.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var item in root.EnumerateArray())
                        ReadRecord(item, $"{document.Source}#{++i}", drafts, problems);
                }
                else ReadRecord(root, document.Source, drafts, problems);
            }
            catch (JsonException ex)
            {
                problems.Add(new Problem(document.Source, "malformed JSON: " + Plain(ex), ProblemCodes.JsonMalformed));
            }
        }
        if (drafts.Count == 0 && problems.Count == 0)
            problems.Add(new Problem(document.Source, "JSON holds no article records", ProblemCodes.JsonNoRecords));
        return new ReadResult(drafts.ToImmutable(), problems.ToImmutable());
    }

    private static void ReadRecord(JsonElement e, string source, ImmutableArray<ArticleDraft>.Builder drafts, ImmutableArray<Problem>.Builder problems)
    {
        try { ReadObject(e, source, drafts, problems); }
        catch (InvalidOperationException ex)
        {
            // a property name with an escaped lone surrogate ("te\ud800xt") cannot even be compared (found by fuzzing):
            // that record is lost, the others are read
            problems.Add(new Problem(source, "record has a property name that is not text (" + ex.Message.TrimEnd('.') + ")", ProblemCodes.JsonMalformed));
        }
    }

    private static void ReadObject(JsonElement e, string source, ImmutableArray<ArticleDraft>.Builder drafts, ImmutableArray<Problem>.Builder problems)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(source, $"expected a JSON object with \"text\", found {e.ValueKind.ToString().ToLowerInvariant()}", ProblemCodes.JsonRecordNotObject));
            return;
        }
        var text = String(e, TextNames.AsSpan());
        if (string.IsNullOrWhiteSpace(text))
        {
            // {"text": 12345} has a text, of the wrong kind: say so rather than "no text"
            if (TextField(e) is { ValueKind: not (JsonValueKind.String or JsonValueKind.Array or JsonValueKind.Null) } wrong)
                problems.Add(new Problem(source, $"\"{wrong.Name}\" is {Kind(wrong.ValueKind)}, not a string", ProblemCodes.JsonTextNotString));
            else
                problems.Add(new Problem(source, "record has no \"text\"", ProblemCodes.JsonRecordNoText));
            return;
        }
        var m = new ArticleMetadata
        {
            Title = String(e, "title", "headline"),
            Outlet = String(e, "outlet", "source", "publisher", "site"),
            Url = String(e, "url", "link"),
            Author = String(e, "author", "byline"),
            Language = String(e, "language", "lang"),
            Section = String(e, "section", "category", "articleSection", "department"),
            Genre = String(e, "genre", "type", "kind", "@type"),
            Keywords = List(e, "keywords", "tags"),
        };
        var published = String(e, "published", "date", "publishedAt", "datePublished");
        if (published is not null)
        {
            if (DateParsing.TryParse(published, out var date, out var dateOnly))
                m = m with { Published = date, PublishedDateOnly = dateOnly };
            else problems.Add(new Problem(source, $"\"published\": \"{published}\" is not a date; ignored", ProblemCodes.JsonDateIgnored));
        }
        drafts.Add(new ArticleDraft(source, text, m));
    }

    private static readonly ImmutableArray<string> TextNames = ["text", "body", "content", "articleBody"];

    /// <summary>The first text field present and not a string (or array of strings), with its name.</summary>
    private static (string Name, JsonValueKind ValueKind)? TextField(JsonElement e)
    {
        foreach (var name in TextNames)
            if (e.TryGetProperty(name, out var v)) return (name, v.ValueKind);
        return null;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A list field (an array of strings, or one string), comma-separated.</summary>
    private static string? List(JsonElement e, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (e.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.String) return Text(v);
                if (v.ValueKind == JsonValueKind.Array)
                    return string.Join(", ", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(Text));
            }
        return null;
    }

    private static string? String(JsonElement e, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
            if (e.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.String) return Text(v);
                if (v.ValueKind == JsonValueKind.Array) // paragraphs
                    return string.Join("\n\n", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(Text));
            }
        return null;
    }

    /// <summary>
    /// A JSON string's value. JSON allows an escaped lone surrogate ("\ud800"), which .NET refuses to read as a string
    /// (found by fuzzing: one such record failed the whole file); it becomes U+FFFD, one character for one.
    /// </summary>
    private static string Text(JsonElement v)
    {
        try { return v.GetString() ?? ""; }
        catch (InvalidOperationException)
        {
            return JsonSerializer.Deserialize<string>(WithoutLoneSurrogates(v.GetRawText())) ?? "";
        }
    }

    /// <summary>The raw JSON string token with each escaped surrogate that has no partner replaced by the escape of U+FFFD.</summary>
    internal static string WithoutLoneSurrogates(string raw)
    {
        // every \uXXXX escape, with its code unit; "\\" is an escaped backslash, not the start of an escape
        var escapes = new List<(int At, char Unit)>();
        for (int i = 0; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\') continue;
            if (raw[i + 1] == 'u' && i + 6 <= raw.Length && ushort.TryParse(raw.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var unit))
            {
                escapes.Add((i, (char)unit));
                i += 5;
            }
            else i++;
        }
        var sb = new System.Text.StringBuilder(raw);
        for (int k = escapes.Count - 1; k >= 0; k--)
        {
            var (at, unit) = escapes[k];
            bool paired = char.IsHighSurrogate(unit) ? k + 1 < escapes.Count && escapes[k + 1].At == at + 6 && char.IsLowSurrogate(escapes[k + 1].Unit)
                : char.IsLowSurrogate(unit) && k > 0 && escapes[k - 1].At == at - 6 && char.IsHighSurrogate(escapes[k - 1].Unit);
            if (char.IsSurrogate(unit) && !paired) sb.Remove(at, 6).Insert(at, "\\uFFFD");
        }
        return sb.ToString();
    }

    private static bool LooksLikeJsonLines(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length == 0 || t[0] != '{') return false;
        int nl = t.IndexOf('\n');
        if (nl < 0) return false;
        var first = t[..nl].TrimEnd();
        var second = t[(nl + 1)..].TrimStart();
        return first.EndsWith("}") && second.Length > 0 && second[0] == '{';
    }

    private static string Plain(JsonException ex)
    {
        // System.Text.Json ends its message with " Path: $ | LineNumber: 0 | BytePositionInLine: 5." (0-based):
        // cut all of it, so the one position given is ours (1-based line)
        var msg = ex.Message;
        int cut = msg.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = msg.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var core = cut > 0 ? msg[..cut] : msg;
        return ex.LineNumber is { } line ? $"{core.TrimEnd('.')} (line {line + 1}, byte {ex.BytePositionInLine})" : core;
    }
}
