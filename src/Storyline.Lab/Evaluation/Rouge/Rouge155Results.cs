using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>Reads the average lines of an official ROUGE-1.5.5 output ("SYS ROUGE-1 Average_R: 0.37707 (...)").</summary>
public static partial class Rouge155Results
{
    [GeneratedRegex(@"^(\S+) (ROUGE-\S+) Average_([RPF]): ([0-9.]+)")]
    private static partial Regex AverageLine();

    /// <summary>system → measure → score.</summary>
    public static Dictionary<string, Dictionary<string, RougeScore>> Parse(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, Dictionary<string, RougeScore>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = AverageLine().Match(line);
            if (!m.Success) continue;
            var system = m.Groups[1].Value;
            var measure = m.Groups[2].Value;
            double value = double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            if (!result.TryGetValue(system, out var measures)) result[system] = measures = new(StringComparer.Ordinal);
            var s = measures.GetValueOrDefault(measure);
            measures[measure] = m.Groups[3].Value switch
            {
                "R" => s with { Recall = value },
                "P" => s with { Precision = value },
                _ => s with { F = value },
            };
        }
        return result;
    }
}
