using Storyline.Lab.Commands.Eval;
using Storyline.Cluster;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class ClusteringSettingOverridesTests
{
    [Fact]
    public void NamedSettingsAreOverriddenInOrder()
    {
        var s = ClusteringSettingOverrides.Apply(StoryClustererSettings.Default, ["join=0.2", "lead-boost=2", "JOIN=0.12", "background-min=1"]);
        Assert.Equal(0.12, s.JoinThreshold);
        Assert.Equal(2f, s.LeadBoost);
        Assert.True(s.BackgroundMin);
        Assert.Equal(StoryClustererSettings.Default.MergeThreshold, s.MergeThreshold);
    }

    [Theory]
    [InlineData("no-such-setting=1")]
    [InlineData("join")]
    [InlineData("join=high")]
    [InlineData("join=NaN")]
    public void ABadOverrideIsAFormatError(string item) =>
        Assert.Throws<FormatException>(() => ClusteringSettingOverrides.Apply(StoryClustererSettings.Default, [item]));
}
