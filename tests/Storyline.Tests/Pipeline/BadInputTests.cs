using Storyline.Problems;
using Storyline.Stories;
using System.Text;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

/// <summary>Each kind of bad input is reported once, in plain words, and the good inputs are still used.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("storyline-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string GoodArticle = "Harbour reopens after storm\n\nThe harbour reopened on Friday after three weeks of repairs to the storm wall, the port authority said in a statement on its website.\n\nShips queued outside the breakwater from early morning, waiting for pilots.";

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private DigestResult Digest(params string[] paths) => new Digester(TestModels.Options()).Run(paths);

    /// <summary>One problem for the input, with its code from the catalogue and a reason naming what went wrong.</summary>
    private static void AssertOneProblem(DigestResult result, string source, string reasonPart, string code)
    {
        var problems = result.Problems.Where(p => p.Source == source).ToList();
        var problem = Assert.Single(problems);
        Assert.Contains(reasonPart, problem.Reason);
        Assert.Equal(code, problem.Code);
        Assert.NotNull(ProblemCodes.Find(problem.Code));
        Assert.DoesNotContain("   at ", problem.Reason);
    }

    [Fact]
    public void Empty_file_is_reported_and_the_rest_is_used()
    {
        var good = Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle));
        var empty = Write("empty.txt", []);
        var r = Digest(good, empty);
        Assert.Single(r.Articles);
        AssertOneProblem(r, empty, "empty file", ProblemCodes.InputEmpty);
    }

    [Fact]
    public void Binary_file_is_reported()
    {
        var bin = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        var r = Digest(bin, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, bin, "binary", ProblemCodes.InputBinary);
        Assert.Single(r.Articles);
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(content);
        return output.ToArray();
    }

    [Fact]
    public void Gzipped_pages_are_read_as_their_content_and_a_damaged_one_is_reported()
    {
        var html = "<html><head><title>Harbour reopens after storm</title></head><body><article><h1>Harbour reopens after storm</h1>"
            + "<p>The harbour reopened on Friday after three weeks of repairs to the storm wall, the port authority said in a statement on its website.</p>"
            + "<p>Ships queued outside the breakwater from early morning, waiting for pilots to guide them through the narrow channel one by one.</p>"
            + "<p>The storm had torn a gap of forty metres in the old wall in January, flooding the fish market and closing the quay to all traffic.</p>"
            + "<p>Engineers said the new section was built to withstand waves twice as high as those of the winter storm, and that inspections would follow every spring.</p>"
            + "<p>Fishermen welcomed the news, saying the closure had cost them most of the winter season and forced many crews to sell their catch in other ports.</p>"
            + "</article></body></html>";
        var page = Write("page.html.gz", Gzip(Encoding.UTF8.GetBytes(html)));
        var damaged = Gzip(Encoding.UTF8.GetBytes(GoodArticle));
        var broken = Write("broken.txt.gz", damaged[..(damaged.Length / 2)]);
        var r = Digest(page, broken);
        var article = Assert.Single(r.Articles);
        Assert.Contains("three weeks of repairs", article.Text);
        Assert.DoesNotContain("<p>", article.Text); // read as HTML (the inner extension), not as text
        AssertOneProblem(r, broken, "gzip", ProblemCodes.GzipDamaged);
    }

    [Fact]
    public void Gzip_header_alone_is_reported_as_damaged()
    {
        var stub = Write("stub.txt.gz", [0x1F, 0x8B, 0x08]);
        var r = Digest(stub, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, stub, "damaged gzip", ProblemCodes.GzipDamaged);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Gzip_that_unpacks_past_the_size_limit_is_refused()
    {
        var bomb = Write("bomb.txt.gz", Gzip(new byte[60 * 1024 * 1024])); // 60 MiB of zeros packs into ~60 KiB
        var r = Digest(bomb, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, bomb, "over the 50 MiB limit", ProblemCodes.InputTooLarge);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Huge_file_is_refused_without_being_read()
    {
        var huge = Path.Combine(_dir, "huge.txt");
        using (var fs = File.Create(huge)) fs.SetLength(200L * 1024 * 1024); // sparse: no 200 MB written
        var r = Digest(huge, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, huge, "over the 50 MiB limit", ProblemCodes.InputTooLarge);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Invalid_utf8_is_reported_and_the_article_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes(GoodArticle).Concat(new byte[] { 0x20, 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E }).ToArray();
        var path = Write("latin1.txt", bytes);
        var r = Digest(path);
        AssertOneProblem(r, path, "not valid UTF-8", ProblemCodes.EncodingGuessed);
        Assert.Contains("Caf\u00E9", Assert.Single(r.Articles).Text);
    }

    [Fact]
    public void Unreadable_path_is_reported()
    {
        var missing = Path.Combine(_dir, "does-not-exist.txt");
        var r = Digest(missing, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, missing, "no such file", ProblemCodes.InputNotFound);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Malformed_json_is_reported_once()
    {
        var bad = Write("bad.json", Encoding.UTF8.GetBytes("{\"text\": \"unterminated, \"title\": [}"));
        var r = Digest(bad, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, bad, "malformed JSON", ProblemCodes.JsonMalformed);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Malformed_feed_xml_is_reported_once()
    {
        var bad = Write("feed.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><item><title>Broken"));
        var r = Digest(bad, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        var problem = Assert.Single(r.Problems, p => p.Source.StartsWith(bad, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", problem.Reason);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Html_page_without_an_article_is_reported_once()
    {
        var page = Write("menu.html", Encoding.UTF8.GetBytes("<html><body><nav><a href=/a>Home</a> <a href=/b>World</a></nav><div><div><p>"));
        var r = Digest(page, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        var problem = Assert.Single(r.Problems, p => p.Source.StartsWith(page, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", problem.Reason);
        Assert.Single(r.Articles);
    }

    [Fact]
    public void Article_of_only_boilerplate_is_reported()
    {
        var chrome = Write("chrome.txt", Encoding.UTF8.GetBytes("Home\nWorld\nSubscribe\nLog in or register\n353\n"));
        var r = Digest(chrome, Write("good.txt", Encoding.UTF8.GetBytes(GoodArticle)));
        AssertOneProblem(r, chrome, "no article text left", ProblemCodes.ArticleEmpty);
    }

    [Fact]
    public void An_exact_resubmission_is_reported_and_not_stored_twice()
    {
        var text = "---\noutlet: Example Post\nurl: https://example.org/harbour\n---\n" + GoodArticle;
        var first = Write("first.txt", Encoding.UTF8.GetBytes(text));
        var again = Write("again.txt", Encoding.UTF8.GetBytes(text));
        var r = Digest(first, again);
        Assert.Single(r.Articles);
        AssertOneProblem(r, again, "not stored twice", ProblemCodes.DuplicateArticle);
    }

    [Fact]
    public void A_folder_mixing_good_and_bad_files_keeps_every_good_article()
    {
        Write("a.txt", Encoding.UTF8.GetBytes(GoodArticle));
        Write("b.txt", []);
        var other = "Ferry service resumes\n\nThe island ferry resumed its winter timetable on Saturday after a week of storms kept the boats in port, the operator said in a notice to passengers.";
        Write("c.json", Encoding.UTF8.GetBytes("[{\"text\": \"" + other.Replace("\n", "\\n") + "\"}, {\"title\": \"no text\"}]"));
        var r = Digest(_dir);
        Assert.Equal(2, r.Articles.Length);
        Assert.Equal(2, r.Problems.Length);
    }
}
