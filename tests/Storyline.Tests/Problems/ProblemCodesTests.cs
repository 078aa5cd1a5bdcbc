using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Storyline.Pipeline;
using Storyline.Problems;
using Storyline.Report;

namespace Storyline.Tests.Problems;

/// <summary>The catalogue of problem codes, and that every problem a run reports carries one of them.</summary>
public sealed class ProblemCodesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-codes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_code_is_listed_once_with_a_severity_and_a_description()
    {
        var constants = typeof(ProblemCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(constants.Count >= 30);
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.Equal(constants.Order(), ProblemCodes.All.Keys.Order());
        foreach (var (code, entry) in ProblemCodes.All)
        {
            Assert.Matches("^[a-z]+(-[a-z0-9]+)+$", code);
            Assert.True(entry.Description.Length > 20 && entry.Description.EndsWith('.'), code);
        }
    }

    [Fact]
    public void Severity_comes_from_the_catalogue()
    {
        Assert.Equal(ProblemSeverity.Error, new Problem("a", "b", ProblemCodes.InputEmpty).Severity);
        Assert.Equal(ProblemSeverity.Warning, new Problem("a", "b", ProblemCodes.EncodingRepaired).Severity);
        Assert.Equal(ProblemSeverity.Notice, new Problem("a", "b", ProblemCodes.DuplicateArticle).Severity);
        Assert.Equal(["error", "warning", "notice"], Enum.GetValues<ProblemSeverity>().Select(ProblemCodes.Name));
    }

    [Fact]
    public void Product_code_names_codes_only_through_the_catalogue()
    {
        // a code written as a string literal at a call site would escape the catalogue (and this test's first check)
        var root = Path.Combine(Support.SharedData.RepoRoot, "src");
        var literal = new Regex(@"new Problem\([^;]*?,\s*""[a-z]+-[a-z-]+""\s*\)");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => literal.IsMatch(File.ReadAllText(f)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_problem_of_a_run_over_bad_inputs_has_a_catalogued_code()
    {
        void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_dir, name), bytes);
        Write("empty.txt", []);
        Write("blank.txt", Encoding.UTF8.GetBytes("   \n\n  "));
        Write("binary.txt", [0x89, 0x50, 0x00, 0x01, 0x02]);
        Write("bad.json", Encoding.UTF8.GetBytes("{\"text\": "));
        Write("records.jsonl", Encoding.UTF8.GetBytes("{\"title\": \"x\"}\n[1]\n{\"text\": 5}\n{\"text\": \"Short.\", \"published\": \"someday\"}\n"));
        Write("feed.rss", Encoding.UTF8.GetBytes("<rss><channel><title>T</title></channel></rss>"));
        Write("page.html", Encoding.UTF8.GetBytes("<html><body></body></html>"));
        Write("meta.txt", Encoding.UTF8.GetBytes("---\npublished: whenever\n---\n"));
        Write("short.txt", Encoding.UTF8.GetBytes("Too short."));
        var result = new Digester().Run([_dir, Path.Combine(_dir, "nope"), "ftp://example.com/x"]);
        Assert.True(result.Problems.Length >= 12, string.Join("\n", result.Problems));
        Assert.All(result.Problems, p => Assert.NotNull(ProblemCodes.Find(p.Code)));

        using var json = JsonDocument.Parse(JsonReportWriter.Write(ReportBuilder.Build(result)));
        foreach (var p in json.RootElement.GetProperty("problems").EnumerateArray())
        {
            // the contract's fields keep their names; code and severity are additions
            Assert.Equal(["source", "reason", "code", "severity"], p.EnumerateObject().Select(x => x.Name));
            Assert.Contains(p.GetProperty("severity").GetString(), new[] { "error", "warning", "notice" });
        }
    }
}
