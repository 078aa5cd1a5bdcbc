using System.Text;
using System.Text.Json;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>The <c>digest</c> command end to end, in a child process.</summary>
public sealed class DigestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Samples => Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Digest_of_nothing_usable_exits_non_zero_with_one_line_and_no_stack_trace()
    {
        File.WriteAllBytes(Path.Combine(_dir, "empty.txt"), []);
        var r = CliRunner.Run("digest", _dir, "--format", "json");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.Stdout.Trim());
        Assert.Contains("no article could be used", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void Digest_of_the_samples_writes_json_to_stdout_and_problems_to_stderr()
    {
        var r = CliRunner.Run("digest", Samples, "--format", "json");
        Assert.Equal(1, r.ExitCode); // the report is written; one sample record cannot be used
        using var doc = JsonDocument.Parse(r.Stdout); // stdout is pure JSON: no progress mixed in
        Assert.Equal(1, doc.RootElement.GetProperty("version").GetInt32());
        Assert.True(doc.RootElement.GetProperty("articles").GetArrayLength() >= 4);
        Assert.True(doc.RootElement.GetProperty("problems").GetArrayLength() >= 1); // the sample's deliberately broken record
        Assert.Contains("more-coverage.jsonl#L3", r.Stderr);
    }

    [Fact]
    public void Digest_timings_name_every_stage_on_stderr_and_leave_stdout_pure()
    {
        var r = CliRunner.Run("digest", Samples, "--format", "json", "--timings", "--quiet");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Contains("articles/s", r.Stderr);
        Assert.Contains("CPU-ms/article", r.Stderr);
        var pipeline = TestModels.Pipeline();
        foreach (var stage in pipeline.ArticleStages.Select(s => s.Name).Concat(pipeline.StoryStages.Select(s => s.Name)))
            Assert.Contains("  " + stage + " ", r.Stderr);
        foreach (var step in new[] { "read", "clean", "annotate", "group", "analyse" })
            Assert.Contains("  " + step + " ", r.Stderr);
        // wall and CPU per stage, where the platform can measure a thread's CPU time
        if (Storyline.Pipeline.ThreadCpuClock.IsAvailable) Assert.Contains("CPU ms/call", r.Stderr);
    }

    [Fact]
    public void Digest_gives_the_same_report_with_one_thread_or_several()
    {
        var one = CliRunner.Run("digest", Samples, "--format", "json", "--quiet", "--threads", "1");
        var four = CliRunner.Run("digest", Samples, "--format", "json", "--quiet", "--threads", "4");
        Assert.Equal(1, one.ExitCode); // the samples' deliberately broken record
        Assert.Equal(one.ExitCode, four.ExitCode);
        Assert.Contains("\"stories\"", one.Stdout);
        Assert.Equal(one.Stdout, four.Stdout);
    }

    [Fact]
    public void Digest_refuses_fewer_than_one_thread()
    {
        var r = CliRunner.Run("digest", Samples, "--threads", "0");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("--threads", r.Stderr);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("json")]
    public void Digest_writes_each_format_to_a_file(string format)
    {
        var output = Path.Combine(_dir, "report." + format);
        var r = CliRunner.Run("digest", Samples, "--format", format, "--out", output, "--quiet");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var content = File.ReadAllText(output, Encoding.UTF8);
        Assert.Contains("Marlow Bay", content);
    }

    [Fact]
    public void Digest_rejects_an_unknown_format_without_a_stack_trace()
    {
        var r = CliRunner.Run("digest", Samples, "--format", "pdf");
        Assert.NotEqual(0, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr + r.Stdout);
    }
}
