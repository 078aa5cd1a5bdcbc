using Storyline.Lab.Datasets.Clustering;
using System.Globalization;
using System.Text;
using Storyline.Articles;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Reads the UCI News Aggregator CSV (ID, TITLE, URL, PUBLISHER, CATEGORY, STORY, HOSTNAME, TIMESTAMP in ms):
/// one headline-only article per row, gold story = STORY. Rows that are cut off or malformed are reported
/// in <see cref="ClusteringDataset.Problems"/> and skipped.
/// </summary>
public static class UciNewsReader
{
    private static readonly string[] Header = ["ID", "TITLE", "URL", "PUBLISHER", "CATEGORY", "STORY", "HOSTNAME", "TIMESTAMP"];

    public static ClusteringDataset Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    public static ClusteringDataset Read(TextReader reader)
    {
        var articles = new List<LabeledArticle>();
        var problems = new List<string>();
        int line = 0;
        bool first = true;
        while (ReadRecord(reader, ref line, out var fields, out bool complete, out int startLine))
        {
            if (first)
            {
                first = false;
                if (!fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
                    throw new FormatException($"Not a UCI News Aggregator CSV: header is '{string.Join(',', fields)}', expected '{string.Join(',', Header)}'.");
                continue;
            }
            if (!complete || fields.Count != Header.Length)
            {
                problems.Add($"line {startLine}: {(complete ? $"{fields.Count} fields instead of {Header.Length}" : "row is cut off")}; skipped");
                continue;
            }
            if (!long.TryParse(fields[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms))
            {
                problems.Add($"line {startLine}: timestamp '{fields[7]}' is not a number; skipped");
                continue;
            }
            var title = fields[1].Trim();
            var metadata = new ArticleMetadata
            {
                Title = title,
                Url = fields[2],
                Outlet = fields[3],
                Published = DateTimeOffset.FromUnixTimeMilliseconds(ms),
                Language = "en",
            };
            articles.Add(new LabeledArticle(new Article("u" + fields[0], fields[2], title, metadata), fields[5]));
        }
        return new ClusteringDataset(articles, problems);
    }

    /// <summary>One RFC 4180 record; <paramref name="complete"/> is false when the input ends inside it.</summary>
    private static bool ReadRecord(TextReader reader, ref int line, out List<string> fields, out bool complete, out int startLine)
    {
        fields = new List<string>();
        complete = true;
        startLine = line + 1;
        var text = reader.ReadLine();
        if (text is null) return false;
        line++;
        var field = new StringBuilder();
        bool quoted = false;
        int i = 0;
        while (true)
        {
            if (i >= text.Length)
            {
                if (!quoted) break;
                var next = reader.ReadLine();
                if (next is null) { complete = false; break; }
                line++;
                field.Append('\n');
                text = next;
                i = 0;
                continue;
            }
            char c = text[i++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return true;
    }
}
