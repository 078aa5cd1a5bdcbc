using Storyline.Lab.Datasets.Clustering;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Storyline.Articles;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// The JSONL story-stream format: one article per line, <c>{id, text, title?, published?, outlet?, url?, story}</c>
/// (<c>published</c> ISO 8601), in arrival order. Bad lines are reported and skipped.
/// </summary>
public static class StreamJsonl
{
    public static ClusteringDataset Read(string path)
    {
        var articles = new List<LabeledArticle>();
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonObject? obj;
            try { obj = JsonNode.Parse(line) as JsonObject; }
            catch (JsonException ex) { problems.Add($"line {number}: not JSON ({ex.Message}); skipped"); continue; }
            if (obj is null) { problems.Add($"line {number}: not a JSON object; skipped"); continue; }
            string? id = Str(obj, "id"), text = Str(obj, "text"), story = Str(obj, "story");
            if (id is null || text is null || story is null)
            {
                problems.Add($"line {number}: needs string fields id, text and story; skipped");
                continue;
            }
            if (!seen.Add(id)) { problems.Add($"line {number}: id '{id}' repeats an earlier line; skipped"); continue; }
            DateTimeOffset? published = null;
            if (Str(obj, "published") is { } p)
            {
                if (DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)) published = d;
                else problems.Add($"line {number}: published '{p}' is not a date; read without one");
            }
            var metadata = new ArticleMetadata { Title = Str(obj, "title"), Outlet = Str(obj, "outlet"), Url = Str(obj, "url"), Published = published };
            articles.Add(new LabeledArticle(new Article(id, Str(obj, "url") ?? path, text, metadata), story));
        }
        return new ClusteringDataset(articles, problems);
    }

    public static void Write(string path, IEnumerable<LabeledArticle> articles)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        foreach (var (article, story) in articles)
        {
            var obj = new JsonObject { ["id"] = article.Id, ["text"] = article.Text };
            var m = article.Metadata;
            if (m.Title is not null) obj["title"] = m.Title;
            if (m.Published is { } d) obj["published"] = d.ToString("O", CultureInfo.InvariantCulture);
            if (m.Outlet is not null) obj["outlet"] = m.Outlet;
            if (m.Url is not null) obj["url"] = m.Url;
            obj["story"] = story;
            writer.WriteLine(obj.ToJsonString());
        }
    }

    private static string? Str(JsonObject obj, string key) =>
        obj.TryGetPropertyValue(key, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
