using Storyline.Problems;
using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Json;

namespace Storyline.Tests.Ingest;

public class JsonArticleReaderTests
{
    private static ReadResult Read(string text, string name) =>
        new JsonArticleReader().Read(new InputDocument(name, Encoding.UTF8.GetBytes(text)), text);

    [Fact]
    public void Read_single_object_with_metadata()
    {
        var r = Read("""{"text": "Body.", "title": "T", "outlet": "O", "url": "https://o.example/1", "published": "2026-01-02T03:04:05Z"}""", "one.json");
        var d = Assert.Single(r.Drafts);
        Assert.Equal("Body.", d.Body);
        Assert.Equal("T", d.Metadata.Title);
        Assert.Equal("O", d.Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), d.Metadata.Published);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Read_array_and_articles_wrapper()
    {
        Assert.Equal(2, Read("""[{"text": "A."}, {"text": "B."}]""", "many.json").Drafts.Length);
        Assert.Equal(2, Read("""{"articles": [{"text": "A."}, {"body": "B."}]}""", "wrapped.json").Drafts.Length);
    }

    [Fact]
    public void Read_jsonl_reports_a_bad_line_and_keeps_the_others()
    {
        var r = Read("{\"text\": \"First.\"}\n{not json}\n{\"text\": \"Third.\"}\n", "stream.jsonl");
        Assert.Equal(["First.", "Third."], r.Drafts.Select(d => d.Body));
        var p = Assert.Single(r.Problems);
        Assert.Equal("stream.jsonl#L2", p.Source);
        Assert.Contains("malformed JSON", p.Reason);
    }

    [Fact]
    public void Read_record_without_text_is_a_problem()
    {
        var r = Read("""[{"title": "no body"}, {"text": 5}]""", "x.json");
        Assert.Empty(r.Drafts);
        Assert.Equal(2, r.Problems.Length);
        Assert.Contains("no \"text\"", r.Problems[0].Reason);
        Assert.Equal(ProblemCodes.JsonRecordNoText, r.Problems[0].Code);
        // a number is a text of the wrong kind, not a missing text (issue 19)
        Assert.Equal("\"text\" is a number, not a string", r.Problems[1].Reason);
        Assert.Equal(ProblemCodes.JsonTextNotString, r.Problems[1].Code);
    }

    [Fact]
    public void Read_malformed_json_is_one_problem_with_position()
    {
        var r = Read("{\"text\": \"unterminated", "bad.json");
        var p = Assert.Single(r.Problems);
        Assert.Contains("malformed JSON", p.Reason);
        Assert.Contains("line", p.Reason);
    }

    [Fact]
    public void Read_paragraph_arrays_join_into_body() =>
        Assert.Equal("One.\n\nTwo.", Assert.Single(Read("""{"text": ["One.", "Two."]}""", "p.json").Drafts).Body);

    // Issue 19, case 6: truncated JSON reported two conflicting line numbers ("LineNumber: 0" and "line 1").

    [Theory]
    [InlineData("{\"articles\": [{\"text\": \"The council met.\",\n \"title\": \"x\"", 2)]
    [InlineData("{\"text\": \"a\"} x", 1)]
    [InlineData("[\n{\"text\": \"a\"},\n{\"text\": \"b\n", 3)]
    public void Malformed_json_names_one_line_counted_from_one(string json, int line)
    {
        var p = Assert.Single(Read(json, "cut.json").Problems);
        Assert.Equal(ProblemCodes.JsonMalformed, p.Code);
        Assert.DoesNotContain("LineNumber", p.Reason);
        Assert.DoesNotContain("BytePositionInLine", p.Reason);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(p.Reason, "line"));
        Assert.Contains($"(line {line}, byte ", p.Reason);
    }

    [Fact]
    public void Escaped_lone_surrogate_costs_one_character_not_the_file()
    {
        // "\ud800" is valid JSON but no .NET string: it failed the whole file ("could not be read as json")
        var r = Read("{\"text\": \"Pier \\ud800 closes \\ud83d\\ude00 today \\\\ud800\"}\n{\"text\": \"Second record.\"}\n", "lone.jsonl");
        Assert.Empty(r.Problems);
        Assert.Equal(["Pier \uFFFD closes 😀 today \\ud800", "Second record."], r.Drafts.Select(d => d.Body));
    }

    [Fact]
    public void Lone_surrogate_in_a_property_name_costs_that_record_only()
    {
        // found by bench/fuzz.sh (json target): TryGetProperty threw on the escaped name, and the file was lost
        // (System.Text.Json looks names up from the last property back: the bad one comes last)
        var r = Read("{\"text\": \"First.\", \"te\\ud800xt\": \"x\"}\n{\"text\": \"Second record.\"}\n", "keys.jsonl");
        Assert.Equal(["Second record."], r.Drafts.Select(d => d.Body));
        var p = Assert.Single(r.Problems);
        Assert.Equal("keys.jsonl#L1", p.Source);
        Assert.Equal(ProblemCodes.JsonMalformed, p.Code);
    }
}
