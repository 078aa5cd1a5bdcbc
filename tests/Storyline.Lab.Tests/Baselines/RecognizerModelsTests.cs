using Storyline.Lab.Baselines.Recognizers;

namespace Storyline.Tests.Annotate.Time;

public sealed class RecognizerModelsTests
{
    [Fact]
    public void DateTimeModelLoadsFromTheShippedAssemblies()
    {
        Assert.True(RecognizerModels.TryLoad(out var error), error);
        Assert.Null(error);
    }
}
