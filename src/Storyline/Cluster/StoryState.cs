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
    /// <summary>Sum of the members' L2-normalised log-tf vectors; IDF is applied when scoring, so early members are not stuck with early IDF.</summary>
    public Dictionary<ulong, float> Centroid { get; } = new();
    /// <summary>Squared IDF-weighted norm of the centroid, valid while <see cref="NormDocuments"/> equals the document count it was computed at (-1: stale).</summary>
    public double NormSq { get; set; }
    public int NormDocuments { get; set; } = -1;
    public long First { get; set; }
    public long Last { get; set; }
    public List<(long Sequence, Article Article)> Members { get; } = new();
    /// <summary>Articles in the story (members are only kept when the stream retains them).</summary>
    public int Size { get; set; }
    public HashSet<ulong> IndexedTerms { get; } = new();
    public StoryState? MergedInto { get; set; }
    public List<int> MergedKeys { get; } = new();
    public bool Closed { get; set; }
    /// <summary>Keys of the quiet stories this one resumes (earlier episodes of the same story; more than one after a merge).</summary>
    public List<int> Continues { get; } = new();
    /// <summary>Quiet stories this one was linked to when it opened (related, earlier), with the cosine that linked them.</summary>
    public List<(int Key, double Similarity)> Earlier { get; } = new();
    /// <summary>True while the story sits in the archive of quiet stories (closed, signature kept).</summary>
    public bool Dormant { get; set; }
    /// <summary>Distinct terms summed over the members in the centroid (copies excluded), and their number.</summary>
    public long TermSum { get; set; }
    public int Vectors { get; set; }
    /// <summary>Mean distinct terms of a member: ≈10 for headlines, hundreds for full articles.</summary>
    public double MeanTerms => Vectors == 0 ? 0 : (double)TermSum / Vectors;
    /// <summary>The members' vectors while the story is young enough to be re-split (null once it outgrew
    /// <see cref="StoryClustererSettings.SplitMaxMembers"/>, or when splitting is off).</summary>
    public List<StoryMember>? Split { get; set; }
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
