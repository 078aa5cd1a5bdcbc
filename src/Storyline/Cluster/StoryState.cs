using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>A story while it is active: its members and its centroid (sum of member unit vectors).</summary>
internal sealed class StoryState
{
    public StoryState(int key, long time)
    {
        Key = key;
        First = time;
        Last = time;
    }

    public int Key { get; }
    public Dictionary<ulong, float> Centroid { get; } = new();
    public double NormSq { get; set; }
    public long First { get; set; }
    public long Last { get; set; }
    public List<(long Sequence, Article Article)> Members { get; } = new();
    public HashSet<ulong> IndexedTerms { get; } = new();
    public StoryState? MergedInto { get; set; }
    public List<int> MergedKeys { get; } = new();
    public bool Closed { get; set; }
    internal int Stamp;
    internal double Dot;

    public bool Live => !Closed && MergedInto is null;

    /// <summary>The story this one now belongs to (itself unless merged).</summary>
    public StoryState Root()
    {
        var s = this;
        while (s.MergedInto is not null) s = s.MergedInto;
        return s;
    }
}
