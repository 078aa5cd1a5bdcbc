using Storyline.Articles;

namespace Storyline.Tests.Cluster;

/// <summary>Builds test articles with the metadata the grouper reads.</summary>
internal static class ArticleFactory
{
    public static readonly DateTimeOffset Day0 = new(2024, 5, 6, 8, 0, 0, TimeSpan.Zero);

    public static Article Make(string id, string text, string? title = null, double hours = 0, string? outlet = null, string? url = null) =>
        new(id, url ?? id, text, new ArticleMetadata
        {
            Title = title,
            Outlet = outlet ?? "outlet-" + id,
            Url = url ?? $"https://news.example/{id}",
            Published = Day0.AddHours(hours),
        });
}
