using System.Collections.Immutable;
using System.Text;

namespace Storyline.Lab.Datasets.Bias;

/// <summary>One BABE sentence: its text, whether the experts call it biased, and the words they marked as carrying the bias.</summary>
public sealed record BiasSentence(string Text, bool Biased, ImmutableArray<string> BiasedWords, string Outlet);

/// <summary>
/// Reads BABE's semicolon-separated files (text; news_link; outlet; topic; type; label_bias; label_opinion; biased_words,
/// with a header and a byte-order mark). Sentences without agreement ("No agreement") are left out, as the authors do.
/// </summary>
public static class BabeDataset
{
    public static ImmutableArray<BiasSentence> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"BABE file not found: {path}", path);
        return Parse(File.ReadAllText(path, Encoding.UTF8));
    }

    /// <exception cref="InvalidDataException">No header with the columns BABE has.</exception>
    public static ImmutableArray<BiasSentence> Parse(string content)
    {
        var rows = Rows(content.TrimStart('\uFEFF')).ToList();
        if (rows.Count == 0) throw new InvalidDataException("BABE file is empty");
        var header = rows[0];
        int text = header.IndexOf("text"), label = header.IndexOf("label_bias"), words = header.IndexOf("biased_words"), outlet = header.IndexOf("outlet");
        if (text < 0 || label < 0 || words < 0) throw new InvalidDataException("BABE file has no text / label_bias / biased_words columns");
        var result = ImmutableArray.CreateBuilder<BiasSentence>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count <= Math.Max(text, Math.Max(label, words))) continue;
            bool? biased = row[label].Trim() switch { "Biased" => true, "Non-biased" => false, _ => null };
            if (biased is not { } b || string.IsNullOrWhiteSpace(row[text])) continue;
            result.Add(new BiasSentence(row[text].Trim(), b, WordList(row[words]), outlet >= 0 && outlet < row.Count ? row[outlet] : ""));
        }
        return result.ToImmutable();
    }

    /// <summary>A Python-style list of strings: <c>['flood', "it's"]</c>.</summary>
    internal static ImmutableArray<string> WordList(string field)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        int i = 0;
        while (i < field.Length)
        {
            char q = field[i];
            if (q is '\'' or '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < field.Length && field[i] != q)
                {
                    if (field[i] == '\\' && i + 1 < field.Length) i++;
                    sb.Append(field[i++]);
                }
                i++;
                if (sb.ToString().Trim() is { Length: > 0 } word) list.Add(word);
            }
            else i++;
        }
        return list.ToImmutable();
    }

    /// <summary>Semicolon-separated rows; a field in double quotes may hold semicolons, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> Rows(string content)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; any = true; }
            else if (c == ';') { row.Add(field.ToString()); field.Clear(); any = true; }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n') i++;
                if (any || field.Length > 0) { row.Add(field.ToString()); yield return row; }
                row = new List<string>();
                field.Clear();
                any = false;
            }
            else { field.Append(c); any = true; }
        }
        if (any || field.Length > 0) { row.Add(field.ToString()); yield return row; }
    }
}
