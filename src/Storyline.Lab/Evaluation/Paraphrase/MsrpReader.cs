namespace Storyline.Lab.Evaluation.Paraphrase;

/// <summary>One labelled pair of the Microsoft Research Paraphrase Corpus.</summary>
public sealed record ParaphrasePair(bool Same, string A, string B);

/// <summary>
/// Reads a file in the MSRP format: a header line, then tab-separated Quality (1 = same meaning), #1 ID, #2 ID,
/// #1 String, #2 String. A line that is not five fields with a 0/1 label is reported with its number.
/// </summary>
public static class MsrpReader
{
    public static IReadOnlyList<ParaphrasePair> Read(string path)
    {
        var pairs = new List<ParaphrasePair>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 && line.TrimStart('\uFEFF').StartsWith("Quality", StringComparison.Ordinal)) continue;
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            if (parts.Length != 5 || parts[0] is not ("0" or "1"))
                throw new InvalidDataException($"{path}:{number}: not an MSRP line (Quality, #1 ID, #2 ID, #1 String, #2 String).");
            pairs.Add(new ParaphrasePair(parts[0] == "1", parts[3], parts[4]));
        }
        if (pairs.Count == 0) throw new InvalidDataException($"{path}: no pairs.");
        return pairs;
    }
}
