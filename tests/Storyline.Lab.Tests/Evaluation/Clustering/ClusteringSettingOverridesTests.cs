using Storyline.Lab.Commands.Eval;
using Storyline.Cluster;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class ClusteringSettingOverridesTests
{
    [Fact]
    public void NamedSettingsAreOverriddenInOrder()
    {
        var s = ClusteringSettingOverrides.Apply(StoryClustererSettings.Default, ["join=0.2", "name-boost=3", "JOIN=0.12", "phrase-weight=0.5"]);
        Assert.Equal(0.12, s.JoinThreshold);
        Assert.Equal(3f, s.NameBoost);
        Assert.Equal(0.5f, s.PhraseWeight);
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
