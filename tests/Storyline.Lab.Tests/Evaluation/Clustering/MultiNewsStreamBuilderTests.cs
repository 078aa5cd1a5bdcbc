using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Lab.Tests.Evaluation.Clustering;

public sealed class MultiNewsStreamBuilderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"mn-{Guid.NewGuid():N}.jsonl");

    public MultiNewsStreamBuilderTests()
    {
        var lines = Enumerable.Range(0, 10).Select(i =>
            $$"""{"idx": {{100 + i}}, "documents": ["first report of event {{i}}", "second report of event {{i}}", ""{{(i % 3 == 0 ? $", \"third report of event {i}\"" : "")}}], "summary": "s"}""").ToList();
        lines.Add("""{"idx": 999, "documents": ["a lone report", ""], "summary": "s"}""");
        File.WriteAllLines(_file, lines);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Draws_the_asked_clusters_keeps_their_documents_together_and_drops_empty_and_lone_ones()
    {
        var stream = MultiNewsStreamBuilder.Build(_file, clusters: 4, seed: 7);
        var stories = stream.GroupBy(a => a.Story).ToList();
        Assert.Equal(4, stories.Count);
        Assert.DoesNotContain(stream, a => string.IsNullOrWhiteSpace(a.Article.Text));
        Assert.DoesNotContain(stories, s => s.Key == "mn999"); // one document left: nothing to group
        foreach (var story in stories)
        {
            int cluster = int.Parse(story.Key["mn".Length..]) - 100;
            Assert.All(story, a => Assert.EndsWith($"event {cluster}", a.Article.Text));
            Assert.Equal(cluster % 3 == 0 ? 3 : 2, story.Count());
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_stream_and_another_seed_another()
    {
        var a = MultiNewsStreamBuilder.Build(_file, 5, seed: 1).Select(x => x.Article.Id).ToList();
        var b = MultiNewsStreamBuilder.Build(_file, 5, seed: 1).Select(x => x.Article.Id).ToList();
        var c = MultiNewsStreamBuilder.Build(_file, 5, seed: 2).Select(x => x.Article.Id).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void A_broken_line_is_a_format_error_with_its_line_number()
    {
        File.AppendAllText(_file, "{not json\n");
        var error = Assert.Throws<FormatException>(() => MultiNewsStreamBuilder.Build(_file, 3, 1));
        Assert.Contains("line 12", error.Message);
    }
}
