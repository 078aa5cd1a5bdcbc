using Storyline.Pipeline;
using Storyline.Problems;
using Storyline.Summarize;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>Models come from one store, created at the edge: lazy, loaded once however many threads ask, and a bad model
/// file is an error of that store alone.</summary>
public sealed class ModelStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-models-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Nothing_is_loaded_until_a_stage_needs_it()
    {
        var store = new ModelStore();
        var pipeline = DefaultPipeline.Create(store);

        Assert.NotEmpty(pipeline.ArticleStages);
        Assert.False(store.Entities.IsValueCreated);
        Assert.False(store.Summarizer.IsValueCreated);
    }

    [Fact]
    public void Every_thread_gets_the_one_model_the_store_loaded()
    {
        var store = new ModelStore();
        var taggers = new object[16];
        var summarizers = new object[16];
        Parallel.For(0, taggers.Length, i =>
        {
            taggers[i] = store.Entities.Value;
            summarizers[i] = store.Summarizer.Value;
        });

        Assert.All(taggers, t => Assert.Same(taggers[0], t));
        Assert.All(summarizers, s => Assert.Same(summarizers[0], s));
        Assert.NotNull(store.Summarizer.Value.Concepts);
        Assert.NotNull(store.Summarizer.Value.FunctionWords);
    }

    [Fact]
    public void Two_stores_share_nothing()
    {
        var a = new ModelStore();
        var b = new ModelStore();

        Assert.NotSame(a.Entities.Value, b.Entities.Value);
        Assert.NotSame(a.Summarizer.Value.Concepts, b.Summarizer.Value.Concepts);
    }

    [Fact]
    public void A_model_file_replaces_the_shipped_model()
    {
        var path = Path.Combine(_dir, "concepts.txt.gz");
        using (var stream = File.Create(path)) TestModels.Summarizer.Concepts!.Save(stream);

        var store = new ModelStore(new ModelFiles(ConceptModel: path));
        var loaded = store.Summarizer.Value.Concepts!;

        Assert.NotSame(TestModels.Summarizer.Concepts, loaded);
        Assert.Equal(TestModels.Summarizer.Concepts!.Bigram, loaded.Bigram);
        Assert.Equal(TestModels.Summarizer.FunctionWords!.Count, store.Summarizer.Value.FunctionWords!.Count); // the others stay shipped
    }

    [Fact]
    public void A_missing_or_broken_model_file_is_a_problem_when_the_store_is_checked()
    {
        var none = Path.Combine(_dir, "none.bin.gz");
        var missing = Assert.Single(new ModelStore(new ModelFiles(EntityTagger: none)).Check());
        Assert.Equal((none, ProblemCodes.ModelNotFound), (missing.Source, missing.Code));

        var broken = Path.Combine(_dir, "broken.txt.gz");
        File.WriteAllBytes(broken, Gzipped.Text("not a model\n").ToArray());
        var invalid = Assert.Single(new ModelStore(new ModelFiles(ConceptModel: broken)).Check());
        Assert.Equal((broken, ProblemCodes.ModelInvalid), (invalid.Source, invalid.Code));
        Assert.Contains("concept model", invalid.Reason);

        Assert.Empty(new ModelStore().Check());
    }

    [Fact]
    public void The_loaded_language_model_is_shipped_and_a_file_replaces_it()
    {
        var shipped = new ModelStore().LoadedLanguage.Value;
        Assert.NotNull(shipped);
        var path = Path.Combine(_dir, "loaded.txt.gz");
        using (var stream = File.Create(path)) shipped!.Save(stream);
        var loaded = new ModelStore(new ModelFiles(LoadedLanguage: path)).LoadedLanguage.Value!;
        Assert.NotSame(shipped, loaded);
        Assert.Equal(shipped.WordThreshold, loaded.WordThreshold);
        Assert.Equal(shipped.Words.Weights.Count, loaded.Words.Weights.Count);

        var broken = Path.Combine(_dir, "broken-loaded.txt.gz");
        File.WriteAllBytes(broken, Gzipped.Text("not a model\n").ToArray());
        var invalid = Assert.Single(new ModelStore(new ModelFiles(LoadedLanguage: broken)).Check());
        Assert.Equal((broken, ProblemCodes.ModelInvalid), (invalid.Source, invalid.Code));
    }
}
