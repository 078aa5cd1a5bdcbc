using Storyline.Problems;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Storyline.Ingest;
using Storyline.Text;

namespace Storyline.Lab.Evaluation.Time;

/// <summary>
/// Reads TempEval-3 style JSON lines: <c>{split, doc, dct, text, timexes:[{type, value, start, end, text}]}</c>
/// with character offsets into <c>text</c>. Gold expressions whose <c>functionInDocument</c> is
/// CREATION_TIME are dropped: the creation date is an input, not something to find.
/// </summary>
public static class TimexDatasetReader
{
    public static (ImmutableArray<TimexDocument> Documents, Problem? Problem) Read(string path)
    {
        if (!File.Exists(path)) return ([], new Problem(path, "no such dataset file", ProblemCodes.DatasetNotFound));
        var docs = ImmutableArray.CreateBuilder<TimexDocument>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                docs.Add(ParseLine(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                return ([], new Problem(path, $"line {lineNo} is not a TempEval-3 timex line ({ex.Message})", ProblemCodes.DatasetMalformed));
            }
        }
        return (docs.ToImmutable(), null);
    }

    internal static TimexDocument ParseLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string text = root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        DateOnly? dct = root.TryGetProperty("dct", out var d) && d.ValueKind == JsonValueKind.String
                        && DateOnly.TryParseExact(d.GetString()!.AsSpan(0, Math.Min(10, d.GetString()!.Length)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;
        var gold = ImmutableArray.CreateBuilder<GoldTimex>();
        if (root.TryGetProperty("timexes", out var timexes))
            foreach (var t in timexes.EnumerateArray())
            {
                if (t.TryGetProperty("functionInDocument", out var f) && f.GetString() == "CREATION_TIME") continue;
                int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
                if (start < 0 || end > text.Length || end < start) throw new FormatException($"timex span [{start},{end}) outside the text");
                gold.Add(new GoldTimex(TextSpan.FromBounds(start, end), t.GetProperty("type").GetString() ?? "",
                    t.TryGetProperty("value", out var v) ? v.GetString() ?? "" : "", text[start..end]));
            }
        return new TimexDocument(
            root.TryGetProperty("split", out var s) ? s.GetString() ?? "" : "",
            root.TryGetProperty("doc", out var doc) ? doc.GetString() ?? "" : "",
            dct, text, gold.ToImmutable());
    }
}
