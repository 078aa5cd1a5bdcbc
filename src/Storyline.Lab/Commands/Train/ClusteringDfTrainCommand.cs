using Storyline.Lab.Training.Ner;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Storyline.Cluster;

namespace Storyline.Lab.Commands.Train;

/// <summary><c>storyline train clustering-df</c>: rebuilds the clusterer's background document-frequency table.</summary>
internal static class ClusteringDfTrainCommand
{
    public static Command Create()
    {
        var inputs = new Option<string[]>("--text")
        {
            Description = "Unlabelled news: .jsonl files (every string of their 'documents' array, or their 'text' field; one document each) or .txt files (one document each). Repeatable; e.g. ../shared/data/multinews/val-trunc500.jsonl",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var minDocs = new Option<int>("--min-documents") { Description = "Keep terms in at least this many documents.", DefaultValueFactory = _ => 3 };
        var maxTerms = new Option<int>("--max-terms") { Description = "Keep at most this many terms (the most frequent).", DefaultValueFactory = _ => 200_000 };
        var outFile = new Option<FileInfo>("--out") { Description = "Where to write the table, e.g. src/Storyline/Cluster/Model/background-df.bin.gz", Required = true };
        var cmd = new Command("clustering-df", "Count the clusterer's terms' document frequencies over unlabelled news (the IDF's background).") { inputs, minDocs, maxTerms, outFile };
        cmd.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var files = parse.GetValue(inputs) ?? [];
            foreach (var f in files)
                if (!File.Exists(f)) { Console.Error.WriteLine($"storyline: text file not found: {f}"); return 2; }
            if (parse.GetValue(minDocs) < 1 || parse.GetValue(maxTerms) < 1) { Console.Error.WriteLine("storyline: --min-documents and --max-terms must be positive."); return 2; }
            BackgroundFrequencies table;
            try { table = BackgroundFrequencies.Build(Texts(files), parse.GetValue(minDocs), parse.GetValue(maxTerms), StoryClustererSettings.Default); }
            catch (JsonException ex) { Console.Error.WriteLine($"storyline: not JSONL: {ex.Message}"); return 2; }
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var stream = File.Create(output.FullName)) table.Save(stream);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KiB): {table.Documents:N0} documents, {table.Frequencies.Count:N0} terms, in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return cmd;
    }

    private static IEnumerable<string> Texts(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            if (!file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) { yield return File.ReadAllText(file); continue; }
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                var row = json.RootElement;
                if (row.ValueKind != JsonValueKind.Object) continue;
                if (row.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String) yield return text.GetString()!;
                if (row.TryGetProperty("documents", out var docs) && docs.ValueKind == JsonValueKind.Array)
                    foreach (var d in docs.EnumerateArray())
                        if (d.ValueKind == JsonValueKind.String) yield return d.GetString()!;
            }
        }
    }
}
