using Storyline.Lab.Datasets.Clustering;
using Storyline.Articles;
using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class ClusteringReadersTests
{
    private const string Header = "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n";

    [Fact]
    public void UciRowsBecomeHeadlineArticles()
    {
        var data = UciNewsReader.Read(new StringReader(Header +
            "1,\"Harbour cranes idle, union says\",http://a.example/1,Port Gazette,b,storyA,a.example,1394470370698\n" +
            "2,\"The \"\"big\"\" strike ends\",http://b.example/2,Dock Daily,b,storyA,b.example,1394470371207\n"));
        Assert.Empty(data.Problems);
        Assert.Equal(2, data.Articles.Count);
        var first = data.Articles[0];
        Assert.Equal("Harbour cranes idle, union says", first.Article.Text);
        Assert.Equal(first.Article.Text, first.Article.Metadata.Title);
        Assert.Equal("Port Gazette", first.Article.Metadata.Outlet);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1394470370698), first.Article.Metadata.Published);
        Assert.Equal("storyA", first.Story);
        Assert.Equal("The \"big\" strike ends", data.Articles[1].Article.Text);
    }

    [Fact]
    public void CutOffLastRowIsReportedAndSkipped()
    {
        var data = UciNewsReader.Read(new StringReader(Header +
            "1,Harbour cranes idle,http://a.example/1,Port Gazette,b,storyA,a.example,1394470370698\n" +
            "2,Strike ends at the harbour,http://b.exam"));
        Assert.Single(data.Articles);
        Assert.Contains("line 3", Assert.Single(data.Problems));
    }

    [Fact]
    public void UnterminatedQuoteIsReportedNotThrown()
    {
        var data = UciNewsReader.Read(new StringReader(Header + "1,\"Harbour cranes idle,http://a.example/1"));
        Assert.Empty(data.Articles);
        Assert.Contains("cut off", Assert.Single(data.Problems));
    }

    [Fact]
    public void WrongHeaderIsAFormatError() =>
        Assert.Throws<FormatException>(() => UciNewsReader.Read(new StringReader("a,b,c\n1,2,3\n")));

    [Fact]
    public void JsonlStreamRoundTripsAndReportsBadLines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-stream-{Guid.NewGuid():N}.jsonl");
        try
        {
            var published = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);
            StreamJsonl.Write(path,
            [
                new LabeledArticle(new Article("x1", "src", "Body one.", new ArticleMetadata { Title = "One", Outlet = "Gazette", Published = published }), "s1"),
                new LabeledArticle(new Article("x2", "src", "Body two."), "s2"),
            ]);
            File.AppendAllText(path, "{not json\n{\"id\":\"x3\",\"text\":\"no story\"}\n");
            var data = StreamJsonl.Read(path);
            Assert.Equal(2, data.Articles.Count);
            Assert.Equal(2, data.Problems.Count);
            Assert.Equal("One", data.Articles[0].Article.Metadata.Title);
            Assert.Equal(published, data.Articles[0].Article.Metadata.Published);
            Assert.Null(data.Articles[1].Article.Metadata.Published);
            Assert.Equal("s2", data.Articles[1].Story);
        }
        finally { File.Delete(path); }
    }
}
