using Storyline.Articles;
using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Benchmarks.Stream;

/// <summary>
/// An endless article stream made by repeating the UCI headlines and the DUC 2004 articles in "epochs",
/// each shifted forward in time and varied so that repeats are not byte-identical: words dropped,
/// sentences reordered, an outlet footer appended; and with extra copies (truncated, re-headlined,
/// with boilerplate) and exact re-submissions mixed in, as a real feed has.
/// </summary>
internal sealed class SyntheticStream
{
    /// <summary>Each epoch starts this long after the previous one: longer than the story window, shorter than the exact-duplicate window.</summary>
    public static readonly TimeSpan EpochSpan = TimeSpan.FromDays(4);

    private static readonly string[] Footers =
    [
        "Follow us for more updates on this developing story.",
        "Copyright of the publisher. All rights reserved. This material may not be redistributed.",
        "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    ];

    private readonly List<(string Id, string? Title, string Text, string? Outlet, string? Url, long Offset)> _items = new();
    private readonly DateTimeOffset _start = new(2014, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public SyntheticStream(string uciPath, string ducPath)
    {
        var uci = UciNewsReader.Read(uciPath).Articles;
        long t0 = uci.Min(a => a.Article.Metadata.Published!.Value.UtcTicks);
        foreach (var a in uci)
            _items.Add((a.Article.Id, a.Article.Metadata.Title, a.Article.Text, a.Article.Metadata.Outlet, a.Article.Metadata.Url,
                a.Article.Metadata.Published!.Value.UtcTicks - t0));
        // DUC has no dates: spread each cluster over 36 hours from a random start within the epoch's first day
        var random = new Random(7);
        var duc = DucStreamBuilder.Build(ducPath, seed: 1);
        var clusterStart = new Dictionary<string, long>();
        foreach (var a in duc)
        {
            if (!clusterStart.TryGetValue(a.Story, out var start))
                clusterStart[a.Story] = start = (long)(random.NextDouble() * TimeSpan.TicksPerDay);
            _items.Add((a.Article.Id, null, a.Article.Text, "wire", null, start + (long)(random.NextDouble() * 36 * TimeSpan.TicksPerHour)));
        }
        _items.Sort((x, y) => x.Offset.CompareTo(y.Offset));
    }

    public int ItemsPerEpoch => _items.Count;

    /// <summary>One epoch's articles in publication order (≈ 7.6k: the corpora plus ~10% copies and ~2% re-submissions).</summary>
    public List<Article> Epoch(int epoch)
    {
        var random = new Random(1000 + epoch);
        long shift = _start.UtcTicks + epoch * EpochSpan.Ticks;
        var output = new List<(long Time, Article Article)>(_items.Count * 9 / 8);
        foreach (var item in _items)
        {
            long time = shift + item.Offset;
            string id = $"e{epoch}-{item.Id}";
            string text = Vary(item.Text, random, epoch);
            string? title = item.Title is null ? null : (item.Text == item.Title ? text : Vary(item.Title, random, epoch));
            string? url = item.Url is null ? $"https://wire.example/{epoch}/{item.Id}" : item.Url + "?e=" + epoch;
            var article = new Article(id, url, text, new ArticleMetadata
            {
                Title = title, Outlet = item.Outlet, Url = url, Published = new DateTimeOffset(time, TimeSpan.Zero),
            });
            output.Add((time, article));
            double roll = random.NextDouble();
            if (roll < 0.10)
            {
                // a near-copy by another outlet, minutes to hours later
                string copyText = Copy(text, random);
                output.Add((time + (long)(random.NextDouble() * 6 * TimeSpan.TicksPerHour), new Article(id + "-copy", url + "&copy", copyText,
                    new ArticleMetadata
                    {
                        Title = title is null ? null : "UPDATE: " + title, Outlet = "reposter", Url = url + "&copy",
                        Published = new DateTimeOffset(time, TimeSpan.Zero),
                    })));
            }
            else if (roll < 0.12)
            {
                // the same article submitted again
                output.Add((time + TimeSpan.TicksPerMinute, new Article(id + "-again", url, text, article.Metadata)));
            }
        }
        output.Sort((x, y) => x.Time.CompareTo(y.Time));
        return output.Select(o => o.Article.Metadata.Published!.Value.UtcTicks == o.Time
            ? o.Article
            : o.Article.WithMetadata(o.Article.Metadata with { Published = new DateTimeOffset(o.Time, TimeSpan.Zero) })).ToList();
    }

    private static readonly string[] Kickers = ["Update", "Live", "Analysis", "Breaking", "Watch", "Exclusive", "Report", "Opinion"];

    /// <summary>Drops ~5% of words and, for long texts, swaps two sentences: a rewrite, not a copy.
    /// A headline also gets a kicker and an issue number, so a repeat in a later epoch is not the same text.</summary>
    private static string Vary(string text, Random random, int epoch)
    {
        var words = text.Split(' ');
        if (words.Length < 20) return $"{Kickers[random.Next(Kickers.Length)]} {epoch}: {text}";
        var kept = words.Where(_ => random.NextDouble() >= 0.05).ToList();
        var result = string.Join(' ', kept);
        if (result.Length > 400)
        {
            var sentences = result.Split(". ");
            if (sentences.Length > 3)
            {
                int i = random.Next(sentences.Length - 1);
                (sentences[i], sentences[i + 1]) = (sentences[i + 1], sentences[i]);
                result = string.Join(". ", sentences);
            }
        }
        return result;
    }

    /// <summary>A copy as re-posted: cut short or not, with a different first line and a footer.</summary>
    private static string Copy(string text, Random random)
    {
        string body = text;
        if (body.Length > 400 && random.NextDouble() < 0.5) body = body[..(body.Length * 6 / 10)];
        return "Reported by our partners. " + body + "\n" + Footers[random.Next(Footers.Length)];
    }
}
