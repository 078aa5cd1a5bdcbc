using Storyline.Ingest.Html;
using Storyline.Lab.Commands.Eval;
using Storyline.Summarize;
using Storyline.Tests.Support;

namespace Storyline.Tests.Evaluation.Extraction;

/// <summary><c>--set Name=Value</c>: a tuning run names what it changes on its command line (no STORYLINE_SET_* variables).</summary>
public sealed class SettingOverridesTests
{
    [Fact]
    public void A_named_setting_changes_on_a_copy_only()
    {
        var tuned = SettingOverrides.Apply(ExtractorSettings.Default, ["junkweight=4", "MinGoodChars=30"], "extractor");

        Assert.Equal(4.0, tuned.JunkWeight);
        Assert.Equal(30, tuned.MinGoodChars);
        Assert.Equal(3.0, ExtractorSettings.Default.JunkWeight);
        Assert.Equal(ExtractorSettings.Default.ProtectShare, tuned.ProtectShare);
    }

    [Fact]
    public void Arrays_and_booleans_parse_too()
    {
        var tuned = SettingOverrides.Apply(SummarizerSettings.Default, ["SentencePriorWeights=1,2.5", "Compress=false"], "summarizer");

        Assert.Equal([1.0, 2.5], tuned.SentencePriorWeights);
        Assert.False(tuned.Compress);
    }

    [Theory]
    [InlineData("JunkWeight", "--set expects Name=value")]
    [InlineData("NoSuchSetting=1", "unknown extractor setting 'NoSuchSetting'")]
    [InlineData("JunkWeight=heavy", "'heavy' is not a valid Double for JunkWeight")]
    public void A_bad_override_is_one_clear_message(string item, string message) =>
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => SettingOverrides.Apply(ExtractorSettings.Default, [item], "extractor")).Message);

    [Fact]
    public void The_eval_command_refuses_a_bad_override_before_reading_anything()
    {
        var r = LabRunner.Run(["eval", "extraction", "--dataset", Path.Combine(Path.GetTempPath(), "no-such-benchmark"), "--set", "NoSuchSetting=1"]);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown extractor setting 'NoSuchSetting'", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
