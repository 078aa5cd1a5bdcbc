using System.Text.Json.Nodes;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>What the stream builders share: reading a dataset's JSON lines (a malformed one is an error that names its
/// line) and the seeded Fisher–Yates shuffle that makes a stream reproducible from its seed.</summary>
internal static class StreamSource
{
    /// <summary>The JSON object of every non-blank line, with its 1-based line number.</summary>
    public static IEnumerable<(int Number, JsonObject Object)> Objects(string path)
    {
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonObject? obj;
            try { obj = JsonNode.Parse(line) as JsonObject; }
            catch (System.Text.Json.JsonException ex) { throw new FormatException($"{path} line {number}: not JSON ({ex.Message})", ex); }
            yield return (number, obj ?? throw new FormatException($"{path} line {number}: not a JSON object."));
        }
    }

    public static void Shuffle<T>(List<T> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
