using System.Collections.Immutable;
using System.Text.Json;
using Storyline.Text;

namespace Storyline.Lab.Evaluation.Quotes;

/// <summary>
/// Reads PolNeAR attributions in the JSONL form of ../shared (rows <c>{split, article, annotator, id, source[],
/// cue[], content[]}</c>, each part <c>{spans: [[start, end]], text}</c>); the text of article A of split S is
/// <c>&lt;folder of the JSONL&gt;/S/text/A.txt</c> and the spans are character offsets into it.
/// </summary>
public static class PolnearDataset
{
    /// <summary>Quotation marks that make a content a direct quote when it starts with one.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '`';

    /// <exception cref="InvalidDataException">The file or an article text is missing or malformed (message names it).</exception>
    public static ImmutableArray<GoldArticle> Load(string path, string split)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"dataset not found: {path}");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // article -> annotator -> attributions, in file order
        var byArticle = new Dictionary<string, Dictionary<string, List<AttributionSpans>>>(StringComparer.Ordinal);
        var order = new List<string>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement row;
            try { row = JsonDocument.Parse(line).RootElement; }
            catch (JsonException e) { throw new InvalidDataException($"{path}:{lineNo}: not JSON ({e.Message})"); }
            if (row.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}:{lineNo}: not a JSON object");
            if (!row.TryGetProperty("split", out var s) || s.ValueKind != JsonValueKind.String || s.GetString() != split) continue;
            string article = Required(row, "article", path, lineNo), annotator = Required(row, "annotator", path, lineNo);
            var content = Spans(row, "content", path, lineNo);
            if (content.IsEmpty) continue; // a source or cue without content names no utterance to find
            if (!byArticle.TryGetValue(article, out var annotators))
            {
                byArticle[article] = annotators = new Dictionary<string, List<AttributionSpans>>(StringComparer.Ordinal);
                order.Add(article);
            }
            if (!annotators.TryGetValue(annotator, out var list)) annotators[annotator] = list = new List<AttributionSpans>();
            list.Add(new AttributionSpans(content, Spans(row, "source", path, lineNo), Direct: false));
        }
        if (order.Count == 0) throw new InvalidDataException($"{path}: no attributions of split '{split}'");

        var result = ImmutableArray.CreateBuilder<GoldArticle>(order.Count);
        foreach (var article in order)
        {
            var textPath = Path.Combine(folder, split, "text", article + ".txt");
            if (!File.Exists(textPath)) throw new InvalidDataException($"article text not found: {textPath}");
            var text = File.ReadAllText(textPath);
            var annotations = byArticle[article]
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new GoldAnnotation(a.Key, a.Value.Select(x => WithDirect(x, text, textPath)).ToImmutableArray()))
                .ToImmutableArray();
            result.Add(new GoldArticle(split, article, text, annotations));
        }
        return result.MoveToImmutable();
    }

    private static AttributionSpans WithDirect(AttributionSpans a, string text, string textPath)
    {
        foreach (var span in a.Content.Concat(a.Source))
            if (span.End > text.Length) throw new InvalidDataException($"{textPath}: span {span} lies beyond the text ({text.Length} chars)");
        return a with { Direct = IsQuoteMark(text[a.Content[0].Start]) };
    }

    private static string Required(JsonElement row, string name, string path, int line) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new InvalidDataException($"{path}:{line}: no '{name}'");

    private static ImmutableArray<TextSpan> Spans(JsonElement row, string name, string path, int line)
    {
        if (!row.TryGetProperty(name, out var parts) || parts.ValueKind != JsonValueKind.Array) return ImmutableArray<TextSpan>.Empty;
        var spans = new List<TextSpan>();
        try
        {
            foreach (var part in parts.EnumerateArray())
                foreach (var pair in part.GetProperty("spans").EnumerateArray())
                {
                    int start = pair[0].GetInt32(), end = pair[1].GetInt32();
                    if (end > start) spans.Add(TextSpan.FromBounds(start, end));
                }
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"{path}:{line}: malformed '{name}' spans");
        }
        spans.Sort();
        return spans.ToImmutableArray();
    }
}
