using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clean;

/// <summary>
/// Runs the spec files in <c>Specs/Clean</c>: each gives an input article and exactly what the
/// cleaner must remove (reason | text), and optionally the title, outlet and date it must find.
/// The files are the documentation of the rules: one file per behaviour, positive and negative.
/// </summary>
public class CleanerSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Clean"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Cleaner_meets_spec(string name)
    {
        var spec = CleanSpec.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "Clean", name + ".txt"));
        var article = Cleaner.Default.Clean(new ArticleDraft(name, spec.Input, spec.Metadata), "a1");

        var actual = article.Removed.Select(r => $"{r.Reason} | {r.Text}").ToList();
        Assert.Equal(spec.Removed, actual);
        if (spec.Title is not null) Assert.Equal(spec.Title == "(none)" ? null : spec.Title, article.Metadata.Title);
        if (spec.Outlet is not null) Assert.Equal(spec.Outlet == "(none)" ? null : spec.Outlet, article.Metadata.Outlet);
        if (spec.Published is not null)
            Assert.Equal(spec.Published == "(none)" ? null : spec.Published, Storyline.Report.ReportBuilder.FormatDate(article.Metadata.Published, article.Metadata.PublishedDateOnly));
        foreach (var kept in spec.Kept)
            Assert.Contains(kept, article.Text);
        // cleaning never invents text: every kept paragraph is a verbatim raw line
        foreach (var segment in article.RawMap!.Segments)
            Assert.Equal(spec.Input.Substring(segment.RawStart, segment.Length), article.Text.Substring(segment.CleanStart, segment.Length));
    }
}

/// <summary>A spec file: <c>=== section</c> headers, then lines. Sections: input, removed, title, outlet, published, kept, metadata.</summary>
internal sealed record CleanSpec(string Input, List<string> Removed, string? Title, string? Outlet, string? Published, List<string> Kept, ArticleMetadata Metadata)
{
    public static CleanSpec Load(string path)
    {
        var sections = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                current = new List<string>();
                sections[line[4..].Trim()] = current;
            }
            else current?.Add(line);
        }
        string? One(string key) => sections.TryGetValue(key, out var v) ? string.Join("\n", v).Trim() : null;
        List<string> Many(string key) => sections.TryGetValue(key, out var v) ? v.Where(l => l.Trim().Length > 0).ToList() : new();
        var metadata = ArticleMetadata.Empty;
        foreach (var kv in Many("metadata"))
        {
            int colon = kv.IndexOf(':');
            var (k, val) = (kv[..colon].Trim(), kv[(colon + 1)..].Trim());
            metadata = k switch
            {
                "title" => metadata with { Title = val },
                "outlet" => metadata with { Outlet = val },
                "url" => metadata with { Url = val },
                _ => throw new InvalidDataException($"{path}: unknown metadata key {k}"),
            };
        }
        return new CleanSpec(string.Join("\n", sections["input"]), Many("removed"), One("title"), One("outlet"), One("published"), Many("kept"), metadata);
    }
}
