using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// The online story clusterer: articles arrive in publication order and each is, in turn, recognised as
/// a re-submission or a copy, then assigned to the most similar active story or opens a new one.
/// No re-clustering ever happens; stories whose centroids converge are merged; a young story whose members fall into
/// two far-apart groups is split in two (a local re-split of that story only); stories idle longer than
/// <see cref="StoryClustererSettings.ActiveWindow"/> are closed and handed out through <see cref="TakeClosed"/>,
/// so memory is bounded by the active window, not the stream length.
/// </summary>
/// <remarks>
/// Features: TF-IDF over stemmed content words with IDF learned online (document frequencies of every
/// article seen, copies counted once), title and name terms boosted, name bigrams as extra terms.
/// Candidate stories come from an inverted index (term → active stories) queried with the article's
/// heaviest terms, so cost grows with the number of stories sharing those terms, not with all stories.
/// Single-threaded and deterministic: the same input order gives the same result.
/// </remarks>
public sealed partial class StoryStream
{
    private readonly StoryClustererSettings _settings;
    private readonly FeatureExtractor _extractor;
    private readonly CopyDetector _copies;
    private readonly Dictionary<ulong, int> _df = new();
    private readonly Dictionary<ulong, List<StoryState>> _index = new();
    private readonly PriorityQueue<StoryState, long> _byLastUpdate = new();
    private readonly bool _retainMembers;
    private readonly List<ClosedStory> _closed = new();
    private readonly List<StoryState> _candidates = new();
    // the archive of quiet stories: closed, signature kept, found through their own index (never joined directly)
    private readonly Dictionary<ulong, List<StoryState>> _dormantIndex = new();
    private readonly PriorityQueue<StoryState, long> _dormantByLast = new();
    private int _dormant;
    private int _documents;
    private int _nextKey;
    private long _sequence;
    private long _now = long.MinValue;
    private int _stamp;
    private int _live;
    private bool _clockStarted;

    // scratch for the article vector
    private ulong[] _terms = new ulong[256];
    private float[] _weights = new float[256];
    private float[] _tf = new float[256];
    private int[] _order = new int[256];
    private double _logDocs;

    /// <param name="settings">Clustering thresholds (defaults when null).</param>
    /// <param name="copySettings">Copy-detection thresholds (defaults when null).</param>
    /// <param name="retainMembers">Keep each story's articles until it closes, to hand them out in <see cref="ClosedStory.Articles"/>.
    /// A long-running consumer that tracks membership from the <see cref="StreamDecision"/>s passes false: then a
    /// story that never goes cold (a standing topic) costs its capped centroid, not its ever-growing member list.</param>
    public StoryStream(StoryClustererSettings? settings = null, CopyDetectorSettings? copySettings = null, bool retainMembers = true)
    {
        _retainMembers = retainMembers;
        _settings = settings ?? StoryClustererSettings.Default;
        var copy = copySettings ?? CopyDetectorSettings.Default;
        if (copy.CopyWindow > _settings.ActiveWindow + copy.ExactWindow)
            throw new ArgumentException("The copy window must not outlast the exact window plus the active window.");
        _extractor = new FeatureExtractor(_settings, copy);
        _copies = new CopyDetector(copy);
        _logDocs = Math.Log(1 + _settings.IdfPseudoDocuments + _documents);
    }

    /// <summary>Stories open now (the memory bound is proportional to this plus the copy window's articles).</summary>
    public int ActiveStories => _live;

    /// <summary>Articles indexed for copy detection.</summary>
    public int IndexedArticles => _copies.IndexedArticles;

    public int StoriesOpened => _nextKey;

    /// <summary>Quiet stories whose signatures are kept (bounded by <see cref="StoryClustererSettings.DormantCapacity"/>).</summary>
    public int DormantStories => _dormant;

    /// <summary>Stories closed since the last call (gone cold or merged away are not included: merged stories live on in their survivor).</summary>
    public IReadOnlyList<ClosedStory> TakeClosed()
    {
        if (_closed.Count == 0) return Array.Empty<ClosedStory>();
        var result = _closed.ToArray();
        _closed.Clear();
        return result;
    }

    /// <summary>Closes every open story (end of the stream) and returns all stories not yet taken.</summary>
    public IReadOnlyList<ClosedStory> Flush()
    {
        while (_byLastUpdate.TryDequeue(out var story, out _))
            if (story.Live) Close(story, archive: false);
        return TakeClosed();
    }

    /// <summary>
    /// Counts document frequencies over background articles without clustering them, so the IDF is
    /// informative from the first streamed article instead of after a warm-up.
    /// </summary>
    public void SeedDocumentFrequencies(IEnumerable<Article> background)
    {
        foreach (var article in background)
        {
            var features = _extractor.Extract(article);
            foreach (var term in features.Terms)
                CollectionsMarshal.GetValueRefOrAddDefault(_df, term, out _)++;
            _documents++;
        }
        _logDocs = Math.Log(1 + _settings.IdfPseudoDocuments + _documents);
    }

    /// <summary>Takes the next article. Articles must come in publication order; one without a date is taken to be as recent as the one before.</summary>
    public StreamDecision Add(Article article)
    {
        if (StreamClock.TimeOf(article) is { } published)
        {
            if (!_clockStarted) StartClock(published.UtcTicks);
            _now = Math.Max(_now, published.UtcTicks);
        }
        if (_now == long.MinValue) _now = 0;
        long now = _now;
        CloseCold(now);
        _copies.Evict(now);

        var features = _extractor.Extract(article);
        var urlKey = ArticleIds.UrlKey(article.Metadata.Url);
        var match = _copies.Find(features, urlKey, article.Metadata.Outlet);

        if (match.Kind == CopyKind.Exact)
        {
            var originalStory = match.Original!.Story?.Root();
            return new StreamDecision(article.Id, originalStory is { Live: true } ? originalStory.Key : -1, match.Original.ArticleId, true);
        }

        long sequence = _sequence++;
        var entry = new CopyEntry
        {
            ArticleId = article.Id,
            Root = null!,
            Anchors = features.Anchors,
            TextHash = features.TextHash,
            UrlKey = urlKey,
            Time = now,
            Outlet = article.Metadata.Outlet,
        };

        if (match.Kind == CopyKind.Near)
        {
            entry.Root = match.Original!.Root;
            var marked = article.WithDuplicateOf(entry.Root.ArticleId);
            var story = match.Original.Story?.Root();
            if (story is { Live: true })
            {
                // a copy adds no new wording: it joins its original's story without moving the centroid
                if (_retainMembers) story.Members.Add((sequence, marked));
                Touch(story, now);
                story.Size++;
                entry.Story = story;
                if (story.Split is not null)
                {
                    // it moves with its original if the story is re-split
                    if (match.Original.Member is { } member && story.Split.Contains(member))
                    {
                        if (_retainMembers) member.Articles.Add((sequence, marked));
                        member.Entries.Add(entry);
                        member.Size++;
                        member.Time = Math.Max(member.Time, now);
                        entry.Member = member;
                    }
                    else story.Split = null;
                }
                _copies.Add(entry);
                return new StreamDecision(article.Id, story.Key, entry.Root.ArticleId, false);
            }
            article = marked;
        }
        else entry.Root = entry;

        int n = BuildVector(features);
        bool countDf = match.Kind != CopyKind.Near;
        var target = Assign(n, now);
        if (_retainMembers) target.Members.Add((sequence, article));
        target.Size++;
        entry.Story = target;
        _copies.Add(entry);
        if (target.Split is not null)
        {
            var member = new StoryMember(_terms.AsSpan(0, n).ToArray(), _tf.AsSpan(0, n).ToArray(), now) { Size = 1 };
            if (_retainMembers) member.Articles.Add((sequence, article));
            member.Entries.Add(entry);
            entry.Member = member;
            target.Split.Add(member);
            if (target.Split.Count > _settings.SplitMaxMembers) target.Split = null;
            else if (target.Split.Count >= 2 * _settings.SplitMinPart) TrySplit(target);
        }
        if (countDf)
        {
            _documents++;
            for (int i = 0; i < n; i++)
                CollectionsMarshal.GetValueRefOrAddDefault(_df, _terms[i], out _)++;
            _logDocs = Math.Log(1 + _settings.IdfPseudoDocuments + _documents);
            if (_df.Count > _settings.MaxVocabulary) PruneVocabulary();
        }
        return new StreamDecision(article.Id, entry.Story!.Key, article.DuplicateOf, false);
    }

    /// <summary>
    /// The first dated article: articles before it had no date and were filed at time 0, which would make every story
    /// they opened look idle for two thousand years and close at once. They are taken to be as recent as this article.
    /// </summary>
    private void StartClock(long now)
    {
        _clockStarted = true;
        if (_sequence == 0) return;
        var stories = new List<StoryState>();
        var seen = new HashSet<StoryState>(ReferenceEqualityComparer.Instance);
        while (_byLastUpdate.TryDequeue(out var story, out _))
            if (story.Live && seen.Add(story)) stories.Add(story);
        foreach (var story in stories)
        {
            story.First = Math.Max(story.First, now);
            story.Last = Math.Max(story.Last, now);
            _byLastUpdate.Enqueue(story, story.Last);
        }
        _copies.StartClock(now);
    }

    /// <summary>
    /// Fills _terms with the article's terms, _tf with its L2-normalised log term frequencies (what a
    /// centroid stores) and _weights with the query weights tf·idf²/|tf·idf| (so that Σ weight·centroid,
    /// divided by the centroid's IDF norm, is the TF-IDF cosine under the current IDF). Returns the length.
    /// </summary>
    private int BuildVector(ArticleFeatures features)
    {
        int n = features.Terms.Length;
        if (_terms.Length < n)
        {
            int size = Math.Max(n, _terms.Length * 2);
            _terms = new ulong[size];
            _weights = new float[size];
            _tf = new float[size];
            _order = new int[size];
        }
        double tfNorm = 0, idfNorm = 0;
        for (int i = 0; i < n; i++)
        {
            var term = features.Terms[i];
            double tf = StoryClustererSettings.Tf(features.Counts[i]);
            double idf = Idf(term);
            _terms[i] = term;
            _tf[i] = (float)tf;
            _weights[i] = (float)(tf * idf * idf);
            tfNorm += tf * tf;
            idfNorm += tf * tf * idf * idf;
        }
        if (tfNorm > 0)
        {
            float invTf = (float)(1 / Math.Sqrt(tfNorm));
            float invIdf = (float)(1 / Math.Sqrt(idfNorm));
            for (int i = 0; i < n; i++)
            {
                _tf[i] *= invTf;
                _weights[i] *= invIdf; // tf·idf² / |tf·idf|: the article side of the cosine
            }
        }
        return n;
    }

    /// <summary>
    /// Lossy counting: drops the rarest terms (df ≤ 1, then ≤ 2, …) until the table is at most half full.
    /// A dropped term later looks unseen, i.e. rare, which it was; this bounds memory on an endless stream,
    /// where new names and phrases keep arriving (Heaps' law).
    /// </summary>
    private void PruneVocabulary()
    {
        for (int floor = 1; _df.Count > _settings.MaxVocabulary / 2; floor++)
        {
            var rare = new List<ulong>();
            foreach (var (term, df) in _df)
                if (df <= floor) rare.Add(term);
            foreach (var term in rare) _df.Remove(term);
        }
        _df.TrimExcess();
    }

    /// <summary>Smoothed IDF under the documents seen so far: ln((1+B+N)/(1+df)) + 1, B pseudo-documents.</summary>
    private double Idf(ulong term) => _logDocs - Math.Log(1 + _df.GetValueOrDefault(term)) + 1;

    /// <summary>|centroid| under the current IDF, recomputed when the story changed or the IDF drifted.</summary>
    private double IdfNorm(StoryState s)
    {
        if (s.NormDocuments < 0 || _documents > s.NormDocuments + 8 + s.NormDocuments / 8)
        {
            double norm = 0;
            foreach (var (term, c) in s.Centroid)
            {
                double w = c * Idf(term);
                norm += w * w;
            }
            s.NormSq = norm;
            s.NormDocuments = _documents;
        }
        return Math.Sqrt(s.NormSq);
    }

    private StoryState Assign(int n, long now)
    {
        // query terms: the article's heaviest terms (ties by term hash, for determinism)
        for (int i = 0; i < n; i++) _order[i] = i;
        var weights = _weights;
        var terms = _terms;
        Array.Sort(_order, 0, n, Comparer<int>.Create((a, b) =>
        {
            int c = weights[b].CompareTo(weights[a]);
            return c != 0 ? c : terms[a].CompareTo(terms[b]);
        }));
        int q = Math.Min(n, _settings.QueryTerms);

        _stamp++;
        _candidates.Clear();
        for (int k = 0; k < q; k++)
        {
            if (!_index.TryGetValue(_terms[_order[k]], out var posting)) continue;
            int write = 0;
            for (int r = 0; r < posting.Count; r++)
            {
                var s = posting[r];
                if (!s.Live) continue; // drop closed or merged stories lazily
                posting[write++] = s;
                if (s.Stamp != _stamp) { s.Stamp = _stamp; _candidates.Add(s); }
            }
            posting.RemoveRange(write, posting.Count - write);
        }

        StoryState? best = null;
        double bestScore = 0;
        foreach (var s in _candidates)
        {
            double dot = 0;
            for (int i = 0; i < n; i++)
                if (s.Centroid.TryGetValue(_terms[i], out var c)) dot += c * _weights[i];
            s.Dot = dot;
            double score = Score(s, dot, now);
            if (score > bestScore || (score == bestScore && best is not null && s.Key < best.Key))
            {
                best = s;
                bestScore = score;
            }
        }

        // a short text (a headline) shares fewer words with its story by chance alone: its cosine to the
        // centroid is lower and noisier, so the bar scales with √(terms / reference), down to a floor
        double shortFactor = Math.Clamp(Math.Sqrt((double)n / _settings.ShortTextTerms), _settings.ShortTextFloor, 1);
        double threshold = _settings.JoinThreshold * shortFactor;
        var (quiet, quietCosine) = BestDormant(q, n);
        // a quiet story resumes on a strong match, unless an active story is at least as close (cosine to cosine: the
        // active score is time-decayed, the quiet one is not, and the decay is what the stricter bar stands in for)
        if (quiet is not null && quietCosine >= _settings.ResumeThreshold * shortFactor
            && (best is null || quietCosine > best.Dot / Math.Max(IdfNorm(best), double.Epsilon)))
            return Resume(quiet, n, now);
        if (best is null || bestScore < threshold)
        {
            var created = new StoryState(_nextKey++, now);
            _live++;
            _byLastUpdate.Enqueue(created, now);
            AddToCentroid(created, n, Math.Min(n, _settings.IndexTerms));
            created.TermSum = n;
            created.Vectors = 1;
            if (_settings.SplitBar > 0) created.Split = new List<StoryMember>();
            if (quiet is not null && quietCosine >= _settings.LinkThreshold * shortFactor) created.Earlier.Add((quiet.Key, quietCosine));
            return created;
        }

        AddToCentroid(best, n, Math.Min(n, _settings.IndexTerms));
        Touch(best, now);
        best.TermSum += n;
        best.Vectors++;
        var survivor = best;
        foreach (var other in _candidates)
        {
            if (ReferenceEquals(other, best) || !other.Live || !survivor.Live) continue;
            if (Score(other, other.Dot, now) < threshold * _settings.MergeCandidateShare) continue;
            if (Cosine(survivor, other) >= MergeBar(survivor, other))
                survivor = Merge(survivor, other);
        }
        return survivor;
    }

    /// <summary>
    /// The centroid cosine at which two stories merge. Like the join bar, it is lower for stories of short texts:
    /// centroids of headlines share fewer words than centroids of full articles on the same event.
    /// </summary>
    private double MergeBar(StoryState a, StoryState b)
    {
        double terms = Math.Max(a.MeanTerms, b.MeanTerms);
        return _settings.MergeThreshold * Math.Clamp(Math.Sqrt(terms / _settings.ShortTextTerms), _settings.ShortMergeFloor, 1);
    }

    private double Score(StoryState s, double dot, long now)
    {
        double norm = IdfNorm(s);
        if (norm <= 0) return 0;
        double cos = dot / norm;
        double idle = Math.Max(0, now - s.Last);
        return cos / (1 + idle / _settings.DecayHalfLife.Ticks);
    }

    private void AddToCentroid(StoryState story, int n, int queryTerms)
    {
        for (int i = 0; i < n; i++)
            CollectionsMarshal.GetValueRefOrAddDefault(story.Centroid, _terms[i], out _) += _tf[i];
        story.NormDocuments = -1;
        for (int k = 0; k < queryTerms; k++)
        {
            var term = _terms[_order[k]];
            if (!story.IndexedTerms.Add(term)) continue;
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, term, out _);
            (posting ??= new List<StoryState>()).Add(story);
        }
        if (story.Centroid.Count > 2 * _settings.MaxCentroidTerms) Prune(story);
    }

    /// <summary>Keeps the centroid's heaviest terms under the current IDF.</summary>
    private void Prune(StoryState story) => KeepHeaviest(story, _settings.MaxCentroidTerms);

    /// <summary>Keeps the <paramref name="terms"/> heaviest terms of the centroid under the current IDF (ties by term).</summary>
    private void KeepHeaviest(StoryState story, int terms)
    {
        if (story.Centroid.Count > terms)
        {
            var kept = story.Centroid
                .Select(kv => (kv.Key, kv.Value, Weight: kv.Value * Idf(kv.Key)))
                .OrderByDescending(x => x.Weight).ThenBy(x => x.Key)
                .Take(terms).ToArray();
            story.Centroid.Clear();
            foreach (var (term, value, _) in kept) story.Centroid[term] = value;
        }
        story.NormDocuments = -1;
    }

    private double Cosine(StoryState a, StoryState b)
    {
        double na = IdfNorm(a), nb = IdfNorm(b);
        if (na <= 0 || nb <= 0) return 0;
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (term, w) in small.Centroid)
            if (large.Centroid.TryGetValue(term, out var v))
            {
                double idf = Idf(term);
                dot += (double)w * v * idf * idf;
            }
        return dot / (na * nb);
    }

    /// <summary>Merges the smaller story into the larger (the older on a tie) and returns the survivor.</summary>
    private StoryState Merge(StoryState a, StoryState b)
    {
        var (keep, gone) = a.Size > b.Size || (a.Size == b.Size && a.Key < b.Key) ? (a, b) : (b, a);
        foreach (var (term, w) in gone.Centroid)
            CollectionsMarshal.GetValueRefOrAddDefault(keep.Centroid, term, out _) += w;
        keep.NormDocuments = -1;
        keep.Members.AddRange(gone.Members);
        keep.Size += gone.Size;
        keep.TermSum += gone.TermSum;
        keep.Vectors += gone.Vectors;
        keep.First = Math.Min(keep.First, gone.First);
        keep.Last = Math.Max(keep.Last, gone.Last);
        keep.MergedKeys.Add(gone.Key);
        keep.MergedKeys.AddRange(gone.MergedKeys);
        keep.Continues.AddRange(gone.Continues);
        keep.Earlier.AddRange(gone.Earlier);
        if (keep.Split is not null && gone.Split is not null && keep.Split.Count + gone.Split.Count <= _settings.SplitMaxMembers)
            keep.Split.AddRange(gone.Split);
        else keep.Split = null;
        gone.Split = null;
        foreach (var term in gone.IndexedTerms)
        {
            if (!keep.IndexedTerms.Add(term)) continue;
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, term, out _);
            (posting ??= new List<StoryState>()).Add(keep);
        }
        gone.MergedInto = keep;
        Unindex(gone);
        gone.Centroid.Clear();
        gone.Members.Clear();
        _live--;
        if (keep.Centroid.Count > 2 * _settings.MaxCentroidTerms) Prune(keep);
        return keep;
    }

    private static void Touch(StoryState story, long now) => story.Last = Math.Max(story.Last, now);

    private void CloseCold(long now)
    {
        long limit = now - _settings.ActiveWindow.Ticks;
        while (_byLastUpdate.TryPeek(out var story, out var last) && last < limit)
        {
            _byLastUpdate.Dequeue();
            if (!story.Live) continue;
            if (story.Last > last) { _byLastUpdate.Enqueue(story, story.Last); continue; }
            Close(story, archive: true);
        }
        ForgetOldDormant(now);
    }

    private void Close(StoryState story, bool archive)
    {
        story.Closed = true;
        _live--;
        story.Members.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        archive &= _settings.DormantCapacity > 0;
        if (archive)
        {
            Unindex(story);
            Sign(story);
            if (RestMatch(story) is { } earlier) JoinAtRest(story, earlier);
        }
        var articles = story.Members.Select(m => m.Article).ToImmutableArray();
        _closed.Add(new ClosedStory(story.Key, articles, ToTime(story.First), ToTime(story.Last))
        {
            MergedKeys = [.. story.MergedKeys.Order()],
            Size = story.Size,
            Continues = [.. story.Continues.Distinct().Order()],
            Earlier = [.. story.Earlier.OrderBy(e => e.Key)],
        });
        story.Members.Clear();
        story.Split = null;
        Unindex(story);
        if (archive) Archive(story);
        else story.Centroid.Clear();
    }

    /// <summary>Cuts a closing story's centroid down to its signature: the heaviest terms under today's IDF.</summary>
    private void Sign(StoryState story) => KeepHeaviest(story, _settings.DormantSignatureTerms);

    /// <summary>The quiet story a closing story is a later fragment of: the closest signature within reach, at the rest-merge bar.</summary>
    private StoryState? RestMatch(StoryState story)
    {
        if (_dormant == 0 || _settings.RestMergeThreshold <= 0) return null;
        _stamp++;
        long reach = story.First - _settings.RestMergeReach.Ticks;
        StoryState? best = null;
        double bestCosine = 0;
        foreach (var term in story.Centroid.Keys)
        {
            if (!_dormantIndex.TryGetValue(term, out var posting)) continue;
            foreach (var d in posting)
            {
                if (d.Stamp == _stamp) continue;
                d.Stamp = _stamp;
                if (d.Last < reach) continue;
                double cosine = Cosine(story, d);
                if (cosine > bestCosine || (cosine == bestCosine && best is not null && d.Key < best.Key))
                {
                    best = d;
                    bestCosine = cosine;
                }
            }
        }
        if (best is null) return null;
        // a one-article fragment is compared as an article with a story, at the join bar (without the time decay that kept it out)
        double bar = Math.Min(story.Vectors, best.Vectors) == 1
            ? _settings.JoinThreshold * Math.Clamp(Math.Sqrt(Math.Min(story.MeanTerms, best.MeanTerms) / _settings.ShortTextTerms), _settings.ShortTextFloor, 1)
            : _settings.RestMergeThreshold * Math.Clamp(Math.Sqrt(Math.Max(story.MeanTerms, best.MeanTerms) / _settings.ShortTextTerms), _settings.ShortMergeFloor, 1);
        return bestCosine >= bar ? best : null;
    }

    /// <summary>The closing story continues the quiet one: it takes over its signature (summed, re-cut) and the quiet one
    /// leaves the archive, so the archive holds one entry per story, however many episodes it had.</summary>
    private void JoinAtRest(StoryState story, StoryState earlier)
    {
        story.Continues.Add(earlier.Key);
        foreach (var (term, c) in earlier.Centroid)
            CollectionsMarshal.GetValueRefOrAddDefault(story.Centroid, term, out _) += c;
        story.TermSum += earlier.TermSum;
        story.Vectors += earlier.Vectors;
        Forget(earlier);
        Sign(story);
    }

    /// <summary>
    /// Keeps a story that went quiet as a signature (its centroid's heaviest terms), indexed apart from the active stories,
    /// so that an article weeks later can resume it or link to it. Bounded: the archive holds at most
    /// <see cref="StoryClustererSettings.DormantCapacity"/> stories, none quiet for longer than the dormant window.
    /// </summary>
    private void Archive(StoryState story)
    {
        story.Centroid.TrimExcess();
        story.NormDocuments = -1;
        story.Dormant = true;
        _dormant++;
        foreach (var term in story.Centroid.Keys)
        {
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_dormantIndex, term, out _);
            (posting ??= new List<StoryState>()).Add(story);
        }
        _dormantByLast.Enqueue(story, story.Last);
        while (_dormant > _settings.DormantCapacity && _dormantByLast.TryDequeue(out var oldest, out _))
            if (oldest.Dormant) Forget(oldest);
    }

    private void ForgetOldDormant(long now)
    {
        long limit = now - _settings.DormantWindow.Ticks;
        while (_dormantByLast.TryPeek(out var story, out var last) && last < limit)
        {
            _dormantByLast.Dequeue();
            if (story.Dormant) Forget(story);
        }
    }

    /// <summary>Takes a quiet story out of the archive (resumed, or forgotten).</summary>
    private void Forget(StoryState story)
    {
        story.Dormant = false;
        _dormant--;
        foreach (var term in story.Centroid.Keys)
        {
            if (!_dormantIndex.TryGetValue(term, out var posting)) continue;
            posting.Remove(story);
            if (posting.Count == 0) _dormantIndex.Remove(term);
        }
        story.Centroid.Clear();
    }

    /// <summary>The quiet story closest to the article (IDF-weighted cosine to its signature, no time decay), found through
    /// the archive's index with the article's <paramref name="q"/> heaviest terms (already in _order).</summary>
    private (StoryState? Story, double Cosine) BestDormant(int q, int n)
    {
        if (_dormant == 0) return (null, 0);
        _stamp++;
        StoryState? best = null;
        double bestCosine = 0;
        for (int k = 0; k < q; k++)
        {
            if (!_dormantIndex.TryGetValue(_terms[_order[k]], out var posting)) continue;
            foreach (var s in posting)
            {
                if (s.Stamp == _stamp) continue;
                s.Stamp = _stamp;
                double norm = IdfNorm(s);
                if (norm <= 0) continue;
                double dot = 0;
                for (int i = 0; i < n; i++)
                    if (s.Centroid.TryGetValue(_terms[i], out var c)) dot += c * _weights[i];
                double cosine = dot / norm;
                if (cosine > bestCosine || (cosine == bestCosine && best is not null && s.Key < best.Key))
                {
                    best = s;
                    bestCosine = cosine;
                }
            }
        }
        return (best, bestCosine);
    }

    /// <summary>
    /// An article resumes a quiet story: a new episode opens with the quiet story's signature as its centroid (so the
    /// story goes on being recognised by what it was about) and names the episode it continues; the consumer joins them.
    /// </summary>
    private StoryState Resume(StoryState quiet, int n, long now)
    {
        var created = new StoryState(_nextKey++, now);
        created.Continues.Add(quiet.Key);
        foreach (var (term, c) in quiet.Centroid) created.Centroid[term] = c;
        created.TermSum = quiet.TermSum;
        created.Vectors = quiet.Vectors;
        Forget(quiet);
        _live++;
        _byLastUpdate.Enqueue(created, now);
        // found again under its signature's terms as well as the new article's
        foreach (var term in created.Centroid.Keys)
        {
            if (!created.IndexedTerms.Add(term)) continue;
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, term, out _);
            (posting ??= new List<StoryState>()).Add(created);
        }
        AddToCentroid(created, n, Math.Min(n, _settings.IndexTerms));
        created.TermSum += n;
        created.Vectors++;
        // no re-split: the earlier episode's members are not at hand to bisect
        return created;
    }

    /// <summary>Takes a story out of the inverted index, so closed stories leave no trace in memory.</summary>
    private void Unindex(StoryState story)
    {
        foreach (var term in story.IndexedTerms)
        {
            if (!_index.TryGetValue(term, out var posting)) continue;
            posting.Remove(story);
            if (posting.Count == 0) _index.Remove(term);
        }
        story.IndexedTerms.Clear();
        story.IndexedTerms.TrimExcess();
    }

    private static DateTimeOffset? ToTime(long ticks) => ticks <= 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
