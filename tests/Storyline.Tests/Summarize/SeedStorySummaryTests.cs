using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Summarize;
using Storyline.Tests.Support;
using Xunit.Abstractions;

namespace Storyline.Tests.Summarize;

/// <summary>The digest path on the five seed articles (real scraped text with its noise).</summary>
public sealed class SeedStorySummaryTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Seed_story_gets_a_cited_summary_and_headline_within_length()
    {
        var pipeline = TestModels.Pipeline();
        var files = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var articles = files.Select((f, i) => pipeline.Annotate(new Article($"a{i + 1}", f, File.ReadAllText(f)))).ToImmutableArray();
        var analysis = pipeline.Analyze(new Story("s1", articles));

        Assert.NotNull(analysis.Headline);
        output.WriteLine("HEADLINE: " + analysis.Headline!.Text);
        foreach (var s in analysis.Summary) output.WriteLine($"- {s.Text} [{string.Join(", ", s.Citations.Select(c => $"{c.ArticleId}{c.Span}"))}]");

        int headlineWords = analysis.Headline!.Text.Split(' ').Length;
        Assert.InRange(headlineWords, 20, 45);
        int words = analysis.Summary.Sum(s => s.Text.Split(' ').Length);
        Assert.InRange(words, 40, 100);
        foreach (var sentence in analysis.Summary.Append(analysis.Headline!))
        {
            foreach (var c in sentence.Citations)
            {
                var article = analysis.Story[c.ArticleId];
                Assert.True(c.Span.End <= article.Text.Length);
                Assert.False(c.Span.IsEmpty);
            }
        }
    }
}
