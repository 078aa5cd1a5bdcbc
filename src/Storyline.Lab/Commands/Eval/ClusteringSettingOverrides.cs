using System.Globalization;
using Storyline.Cluster;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>eval clustering --setting NAME=VALUE</c>: the clusterer settings a representation probe varies, by name.</summary>
internal static class ClusteringSettingOverrides
{
    private static readonly Dictionary<string, Func<StoryClustererSettings, double, StoryClustererSettings>> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name-boost"] = (s, v) => s with { NameBoost = (float)v },
        ["title-boost"] = (s, v) => s with { TitleBoost = (float)v },
        ["phrase-weight"] = (s, v) => s with { PhraseWeight = (float)v },
        ["idf-pseudo-documents"] = (s, v) => s with { IdfPseudoDocuments = (int)v },
        ["join"] = (s, v) => s with { JoinThreshold = v },
        ["merge"] = (s, v) => s with { MergeThreshold = v },
        ["split-bar"] = (s, v) => s with { SplitBar = v },
        ["resume"] = (s, v) => s with { ResumeThreshold = v },
        ["link"] = (s, v) => s with { LinkThreshold = v },
        ["rest-merge"] = (s, v) => s with { RestMergeThreshold = v },
        ["rest-reach-days"] = (s, v) => s with { RestMergeReach = TimeSpan.FromDays(v) },
        ["half-life-hours"] = (s, v) => s with { DecayHalfLife = TimeSpan.FromHours(v) },
        ["dormant-capacity"] = (s, v) => s with { DormantCapacity = (int)v },
    };

    public static IEnumerable<string> Names => Setters.Keys;

    /// <summary>Applies NAME=VALUE overrides in order.</summary>
    /// <exception cref="FormatException">An unknown name or a value that is not a number.</exception>
    public static StoryClustererSettings Apply(StoryClustererSettings settings, IEnumerable<string> overrides)
    {
        foreach (var item in overrides)
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new FormatException($"--setting {item}: expected NAME=VALUE");
            var name = item[..eq].Trim();
            if (!Setters.TryGetValue(name, out var set)) throw new FormatException($"--setting {item}: unknown name '{name}' (known: {string.Join(", ", Setters.Keys)})");
            if (!double.TryParse(item[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                throw new FormatException($"--setting {item}: '{item[(eq + 1)..]}' is not a number");
            settings = set(settings, value);
        }
        return settings;
    }
}
