using Storyline.Stages;
using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Ingest;
using Storyline.Pipeline;

namespace Storyline.Tests.Compare;

/// <summary>Builds one analysed story from short articles written in the test, through the real pipeline.</summary>
internal static class StoryFixture
{
    private static readonly Lazy<StorylinePipeline> Pipeline = new(() => TestModels.Builder().UseGrouper(new SingleStoryGrouper()).Build());

    public sealed record Input(string Outlet, string Published, string Text, string? DuplicateOf = null);

    public static StoryDocument Analyze(params Input[] inputs)
    {
        var articles = new List<Article>();
        for (int i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            // an empty Published leaves the article undated: the cleaner may then read a date from its text
            bool dated = Storyline.Text.DateParsing.TryParse(input.Published, out var date, out var dateOnly);
            var draft = new ArticleDraft($"test{i + 1}", input.Text, new ArticleMetadata { Outlet = input.Outlet, Published = dated ? date : null, PublishedDateOnly = dateOnly });
            var article = Pipeline.Value.Annotate(Storyline.Clean.Cleaner.Default.Clean(draft, $"a{i + 1}"));
            if (input.DuplicateOf is not null) article = article.WithDuplicateOf(input.DuplicateOf);
            articles.Add(article);
        }
        return Pipeline.Value.Analyze(new Story("s1", [.. articles]));
    }
}
