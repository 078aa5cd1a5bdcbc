using System.Runtime.InteropServices;

namespace Storyline.Cluster;

public sealed partial class StoryStream
{
    private readonly Dictionary<ulong, double> _splitIdf = new();
    private readonly Dictionary<ulong, double>[] _partSums = [new(), new()];

    /// <summary>
    /// A local re-split of one young story: the first article of a new event often joins its topical neighbour's story
    /// (the document-to-document cosine is all there is to go on), and the event's later articles follow it there. Once the
    /// story has members of both, its members fall into two groups whose centroids are far apart; a 2-means bisection finds
    /// them and, when the two centroids' cosine is below <see cref="StoryClustererSettings.SplitBar"/>, the story is split.
    /// Only this story's own members move, so the stream stays online.
    /// </summary>
    private void TrySplit(StoryState story)
    {
        var members = story.Split!;
        _splitIdf.Clear();
        foreach (var m in members)
        {
            double self = 0;
            for (int i = 0; i < m.Terms.Length; i++)
            {
                ref var idf = ref CollectionsMarshal.GetValueRefOrAddDefault(_splitIdf, m.Terms[i], out bool seen);
                if (!seen) idf = Idf(m.Terms[i]);
                double w = m.Tf[i] * idf;
                self += w * w;
            }
            m.Scale = self > 0 ? 1 / Math.Sqrt(self) : 0;
        }

        // seeds: the member farthest from the story, then the member farthest from that one
        var all = _partSums[0];
        Sum(members, -1, all);
        double allNorm = Norm(all);
        var first = Farthest(members, all, allNorm, null);
        if (first is null) return;
        Load(first, _partSums[0]);
        var second = Farthest(members, _partSums[0], Norm(_partSums[0]), first);
        if (second is null) return;
        Load(second, _partSums[1]);
        double s0 = Norm(_partSums[0]), s1 = Norm(_partSums[1]);
        foreach (var m in members) m.Part = Cosine(m, _partSums[0], s0) >= Cosine(m, _partSums[1], s1) ? 0 : 1;

        for (int iteration = 0; iteration < 8; iteration++)
        {
            Sum(members, 0, _partSums[0]);
            Sum(members, 1, _partSums[1]);
            double n0 = Norm(_partSums[0]), n1 = Norm(_partSums[1]);
            if (n0 <= 0 || n1 <= 0) return;
            bool changed = false;
            foreach (var m in members)
            {
                int part = Cosine(m, _partSums[0], n0) >= Cosine(m, _partSums[1], n1) ? 0 : 1;
                if (part != m.Part) { m.Part = part; changed = true; }
            }
            if (!changed) break;
        }
        int count1 = members.Count(m => m.Part == 1);
        if (count1 < _settings.SplitMinPart || members.Count - count1 < _settings.SplitMinPart) return;
        Sum(members, 0, _partSums[0]);
        Sum(members, 1, _partSums[1]);
        // mean pairwise cosines: members are unit vectors, so |Σ|² = k + 2·Σ within-pair cosines, Σa·Σb = Σ cross cosines
        int count0 = members.Count - count1;
        double n0sq = Math.Pow(Norm(_partSums[0]), 2), n1sq = Math.Pow(Norm(_partSums[1]), 2);
        double within0 = (n0sq - count0) / (count0 * (count0 - 1.0));
        double within1 = (n1sq - count1) / (count1 * (count1 - 1.0));
        double crossMean = Dot(_partSums[0], _partSums[1]) / ((double)count0 * count1);
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

    private static void Sum(List<StoryMember> members, int part, Dictionary<ulong, double> sum)
    {
        sum.Clear();
        foreach (var m in members)
        {
            if (part >= 0 && m.Part != part) continue;
            for (int i = 0; i < m.Terms.Length; i++)
                CollectionsMarshal.GetValueRefOrAddDefault(sum, m.Terms[i], out _) += m.Tf[i] * m.Scale;
        }
    }

    private double Norm(Dictionary<ulong, double> v)
    {
        double n = 0;
        foreach (var (t, c) in v)
        {
            double w = c * _splitIdf[t];
            n += w * w;
        }
        return Math.Sqrt(n);
    }

    private double Dot(Dictionary<ulong, double> a, Dictionary<ulong, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (t, c) in small)
            if (large.TryGetValue(t, out var d))
            {
                double idf = _splitIdf[t];
                dot += c * d * idf * idf;
            }
        return dot;
    }

    /// <summary>IDF-weighted cosine of a member to a summed vector of norm <paramref name="norm"/>.</summary>
    private double Cosine(StoryMember m, Dictionary<ulong, double> v, double norm)
    {
        double dot = 0, self = 0;
        for (int i = 0; i < m.Terms.Length; i++)
        {
            double idf = _splitIdf[m.Terms[i]];
            double w = m.Tf[i] * idf;
            self += w * w;
            if (v.TryGetValue(m.Terms[i], out var c)) dot += w * c * idf;
        }
        return self <= 0 || norm <= 0 ? 0 : dot / (Math.Sqrt(self) * norm);
    }

    private static void Load(StoryMember m, Dictionary<ulong, double> v)
    {
        v.Clear();
        for (int i = 0; i < m.Terms.Length; i++) v[m.Terms[i]] = m.Tf[i] * m.Scale;
    }

    /// <summary>The member least similar to the summed vector, other than <paramref name="except"/>; the earliest on a tie.</summary>
    private StoryMember? Farthest(List<StoryMember> members, Dictionary<ulong, double> sum, double sumNorm, StoryMember? except)
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
