using System.Collections.Concurrent;
using Storyline.Annotate.Time;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Time;

/// <summary>The engine has no locks and no shared mutable state: tagging in parallel gives what tagging in sequence gives.</summary>
public sealed class TimexEngineConcurrencyTests
{
    private static readonly string[] Texts =
    [
        "The mayor resigned on Saturday after weeks of protests. The council will vote next Friday.",
        "Third-quarter profit rose 5% to $2 million from a year earlier. Sales in the quarter ended Sept. 30 rose.",
        "The treaty was signed on Nov. 9, 1989. The following month, talks resumed. Three days later they stopped.",
        "Prices have climbed in recent weeks. The board will decide in the coming months, probably by year-end.",
        "Polls close at 8 p.m. EST Tuesday. The ferry runs every day. Rents doubled in the 1990s.",
        "Now the streets are quiet. The strike began last night and ended this morning, 72 hours after it started.",
    ];

    private static readonly DateOnly?[] Anchors = [new DateOnly(2019, 1, 28), new DateOnly(1989, 11, 2), null, new DateOnly(2000, 2, 29)];

    private static string Tagged(string text, DateOnly? anchor)
    {
        var sentences = SentenceSplitter.Split(text, LanguagePacks.English.Sentences).Select(s => s.Span);
        return string.Join("|", TimexTagger.Tag(text, sentences, anchor).Select(e => $"{e.Span}:{e.Type}:{e.Value}:{e.Date}"));
    }

    [Fact]
    public void ParallelTaggingEqualsSequentialTagging()
    {
        var jobs = (from t in Texts from a in Anchors select (Text: t, Anchor: a)).ToList();
        var expected = jobs.Select(j => Tagged(j.Text, j.Anchor)).ToList();
        Assert.All(expected, e => Assert.NotEmpty(e));

        var results = new ConcurrentBag<(int Job, string Output)>();
        // many rounds over every job on all cores, so that calls overlap
        Parallel.For(0, jobs.Count * 50, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, k =>
        {
            int job = k % jobs.Count;
            results.Add((job, Tagged(jobs[job].Text, jobs[job].Anchor)));
        });

        Assert.Equal(jobs.Count * 50, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Job], r.Output));
    }
}
