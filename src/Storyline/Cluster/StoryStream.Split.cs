using System.Runtime.InteropServices;

namespace Storyline.Cluster;

public sealed partial class StoryStream
{
    // the bisection works on dense arrays: each distinct term of the story's members gets a slot for this check
    private readonly Dictionary<ulong, int> _splitSlots = new();
    private double[] _slotIdf = new double[1024];
    private double[][] _partSums = [new double[1024], new double[1024]];

    /// <summary>
    /// A local re-split of one young story: the first article of a new event often joins its topical neighbour's story
    /// (the document-to-document cosine is all there is to go on), and the event's later articles follow it there. Once the
    /// story has members of both, its members fall into two groups whose members are far apart; a 2-means bisection finds
    /// them and, when the mean cosine between the groups is low in absolute terms and against the mean cosine within
    /// them (<see cref="StoryClustererSettings.SplitBar"/>, <see cref="StoryClustererSettings.SplitRatio"/>), the story is split.
    /// Only this story's own members move, so the stream stays online.
    /// </summary>
    private void TrySplit(StoryState story)
    {
        var members = story.Split!;
        int slots = MapSlots(members);
        var sum0 = _partSums[0];
        var sum1 = _partSums[1];

        // seeds: the member farthest from the story, then the member farthest from that one
        Sum(members, -1, sum0, slots);
        var first = Farthest(members, sum0, Norm(sum0, slots), null);
        if (first is null) return;
        Load(first, sum0, slots);
        var second = Farthest(members, sum0, 1, first);
        if (second is null) return;
        Load(second, sum1, slots);
        foreach (var m in members) m.Part = Cosine(m, sum0, 1) >= Cosine(m, sum1, 1) ? 0 : 1;

        for (int iteration = 0; iteration < 8; iteration++)
        {
            Sum(members, 0, sum0, slots);
            Sum(members, 1, sum1, slots);
            double n0 = Norm(sum0, slots), n1 = Norm(sum1, slots);
            if (n0 <= 0 || n1 <= 0) return;
            bool changed = false;
            foreach (var m in members)
            {
                int part = Cosine(m, sum0, n0) >= Cosine(m, sum1, n1) ? 0 : 1;
                if (part != m.Part) { m.Part = part; changed = true; }
            }
            if (!changed) break;
        }
        int count1 = members.Count(m => m.Part == 1);
        int count0 = members.Count - count1;
        if (count1 < _settings.SplitMinPart || count0 < _settings.SplitMinPart) return;
        Sum(members, 0, sum0, slots);
        Sum(members, 1, sum1, slots);
        // mean pairwise cosines: members are unit vectors, so |Σ|² = k + 2·Σ within-pair cosines, Σa·Σb = Σ cross cosines
        double n0sq = Math.Pow(Norm(sum0, slots), 2), n1sq = Math.Pow(Norm(sum1, slots), 2);
        double within0 = (n0sq - count0) / (count0 * (count0 - 1.0));
        double within1 = (n1sq - count1) / (count1 * (count1 - 1.0));
        double crossMean = Dot(sum0, sum1, slots) / ((double)count0 * count1);
        // headlines share fewer words by chance alone, with their story-mates as with others: the bar scales down like the join bar
        double bar = _settings.SplitBar * Math.Clamp(Math.Sqrt(story.MeanTerms / _settings.ShortTextTerms), _settings.SplitShortFloor, 1);
        if (crossMean >= bar || crossMean >= _settings.SplitRatio * (within0 + within1) / 2) return;

        // the part with the story's first member keeps the story (and its key); the other becomes a new story
        int stay = members[0].Part;
        var moved = members.Where(m => m.Part != stay).ToList();
        var kept = members.Where(m => m.Part == stay).ToList();
        var created = new StoryState(_nextKey++, moved.Min(m => m.Time)) { Split = moved };
        _live++;
        Rebuild(story, kept);
        Rebuild(created, moved);
        foreach (var m in moved)
            foreach (var e in m.Entries)
                e.Story = created;
        foreach (var m in moved)
            foreach (var term in m.Terms)
            {
                if (!created.IndexedTerms.Add(term)) continue;
                ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, term, out _);
                (posting ??= new List<StoryState>()).Add(created);
            }
        _byLastUpdate.Enqueue(created, created.Last);
    }

    private void Rebuild(StoryState story, List<StoryMember> members)
    {
        story.Split = members;
        story.Centroid.Clear();
        foreach (var m in members)
            for (int i = 0; i < m.Terms.Length; i++)
                CollectionsMarshal.GetValueRefOrAddDefault(story.Centroid, m.Terms[i], out _) += m.Tf[i];
        story.NormDocuments = -1;
        story.Size = members.Sum(m => m.Size);
        story.TermSum = members.Sum(m => (long)m.Terms.Length);
        story.Vectors = members.Count;
        story.Last = members.Max(m => m.Time);
        story.First = Math.Min(story.First, members.Min(m => m.Time));
        if (_retainMembers)
        {
            story.Members.Clear();
            foreach (var m in members) story.Members.AddRange(m.Articles);
        }
        if (story.Centroid.Count > 2 * _settings.MaxCentroidTerms) Prune(story);
    }

    /// <summary>Gives each distinct term a slot with its current IDF, and each member its slots and its scale to unit length.</summary>
    private int MapSlots(List<StoryMember> members)
    {
        _splitSlots.Clear();
        foreach (var m in members)
        {
            if (m.Slots.Length != m.Terms.Length) m.Slots = new int[m.Terms.Length];
            double self = 0;
            for (int i = 0; i < m.Terms.Length; i++)
            {
                ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_splitSlots, m.Terms[i], out bool seen);
                if (!seen)
                {
                    slot = _splitSlots.Count - 1;
                    if (slot == _slotIdf.Length)
                    {
                        Array.Resize(ref _slotIdf, slot * 2);
                        _partSums = [new double[slot * 2], new double[slot * 2]];
                    }
                    _slotIdf[slot] = Idf(m.Terms[i]);
                }
                m.Slots[i] = slot;
                double w = m.Tf[i] * _slotIdf[slot];
                self += w * w;
            }
            m.Scale = self > 0 ? 1 / Math.Sqrt(self) : 0;
        }
        return _splitSlots.Count;
    }

    /// <summary>Sum of the unit vectors (without the IDF, applied on use) of one part's members, or of all (part -1).</summary>
    private static void Sum(List<StoryMember> members, int part, double[] sum, int slots)
    {
        Array.Clear(sum, 0, slots);
        foreach (var m in members)
        {
            if (part >= 0 && m.Part != part) continue;
            for (int i = 0; i < m.Slots.Length; i++) sum[m.Slots[i]] += m.Tf[i] * m.Scale;
        }
    }

    private static void Load(StoryMember m, double[] sum, int slots)
    {
        Array.Clear(sum, 0, slots);
        for (int i = 0; i < m.Slots.Length; i++) sum[m.Slots[i]] = m.Tf[i] * m.Scale;
    }

    private double Norm(double[] v, int slots)
    {
        double n = 0;
        for (int d = 0; d < slots; d++)
        {
            double w = v[d] * _slotIdf[d];
            n += w * w;
        }
        return Math.Sqrt(n);
    }

    private double Dot(double[] a, double[] b, int slots)
    {
        double dot = 0;
        for (int d = 0; d < slots; d++)
        {
            double idf = _slotIdf[d];
            dot += a[d] * b[d] * idf * idf;
        }
        return dot;
    }

    /// <summary>IDF-weighted cosine of a member (a unit vector) to a summed vector of norm <paramref name="norm"/>.</summary>
    private double Cosine(StoryMember m, double[] v, double norm)
    {
        if (norm <= 0) return 0;
        double dot = 0;
        for (int i = 0; i < m.Slots.Length; i++)
        {
            double idf = _slotIdf[m.Slots[i]];
            dot += m.Tf[i] * m.Scale * idf * v[m.Slots[i]] * idf;
        }
        return dot / norm;
    }

    /// <summary>The member least similar to the summed vector, other than <paramref name="except"/>; the earliest on a tie.</summary>
    private StoryMember? Farthest(List<StoryMember> members, double[] sum, double sumNorm, StoryMember? except)
    {
        StoryMember? farthest = null;
        double lowest = double.PositiveInfinity;
        foreach (var m in members)
        {
            if (ReferenceEquals(m, except)) continue;
            double c = Cosine(m, sum, sumNorm);
            if (c < lowest) { lowest = c; farthest = m; }
        }
        return farthest;
    }
}
