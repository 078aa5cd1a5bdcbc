using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// One article's contribution to a young story's centroid, kept so that the story can be re-split when it proves to
/// be two (<see cref="StoryClustererSettings.SplitBar"/>): its term vector, and what moves with it (its copies and their entries).
/// </summary>
internal sealed class StoryMember
{
    public StoryMember(ulong[] terms, float[] tf, long time)
    {
        Terms = terms;
        Tf = tf;
        Time = time;
    }

    /// <summary>Terms and their L2-normalised log tf (the amounts added to the centroid).</summary>
    public ulong[] Terms { get; }
    public float[] Tf { get; }
    public long Time { get; set; }
    /// <summary>The article and its near-copies in the story (only when the stream retains members).</summary>
    public List<(long Sequence, Article Article)> Articles { get; } = new();
    /// <summary>Copy-detection entries of the article and its near-copies, whose story follows a split.</summary>
    public List<CopyEntry> Entries { get; } = new();
    /// <summary>Articles it stands for: itself and its copies.</summary>
    public int Size { get; set; }
    /// <summary>Part chosen by the last bisection.</summary>
    internal int Part;
    /// <summary>Dense slots of <see cref="Terms"/> in the last bisection.</summary>
    internal int[] Slots = [];
    /// <summary>1 / |tf·idf| under the IDF of the last bisection.</summary>
    internal double Scale;
}
