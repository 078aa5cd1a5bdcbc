using Storyline.Fuzz;
using Storyline.Tests.Support;

namespace Storyline.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (bench/fuzz.sh) ever failed on is kept under <c>Fuzz/Crashers/TARGET/</c> and replayed here
/// through the same target function, together with the fuzzer's seeds: none may throw again.
/// </summary>
public class FuzzRegressionTests
{
    private static string Crashers => Path.Combine(SharedData.RepoRoot, "tests", "Storyline.Tests", "Fuzz", "Crashers");

    private static string Seeds => Path.Combine(SharedData.RepoRoot, "bench", "Storyline.Fuzz", "seeds");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var root in new[] { Crashers, Seeds })
            foreach (var target in FuzzTargets.All.Keys)
            {
                var folder = Path.Combine(root, target);
                if (!Directory.Exists(folder)) continue;
                foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
                    data.Add(target, Path.GetRelativePath(SharedData.RepoRoot, file));
            }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Kept_input_runs_clean(string target, string file) =>
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, file)));

    [Fact]
    public void Every_target_has_seeds_to_start_from() =>
        Assert.All(FuzzTargets.All.Keys, t => Assert.NotEmpty(Directory.GetFiles(Path.Combine(Seeds, t))));
}
