namespace Storyline.Annotate.Entities.Tagging;

/// <summary>One sentence prepared for the tagger: tokens with their case-folded forms, shapes and static features.</summary>
internal sealed class PreparedSentence
{
    public required string[] Tokens { get; init; }
    public required string[] Folded { get; init; }
    /// <summary>Per token: feature keys that depend only on the document's text (not on earlier predictions).</summary>
    public required uint[][] Features { get; init; }
}

/// <summary>
/// Turns tokens into feature keys. Templates follow what works for CoNLL-2003 with a linear model
/// (Ratinov &amp; Roth 2009; Finkel et al. 2005): word, shape, affixes, a ±2 window, gazetteer matches,
/// word clusters, and document-level hints (how the same word is written elsewhere in the document,
/// and how the tagger labelled it earlier in the document).
/// </summary>
internal sealed class NerFeatures
{
    // Template ids are hashed into every feature key: append new ones at the end, never renumber,
    // or the shipped model's keys stop matching (unused ids stay for that reason). The ids after TablePrev
    // were the word-embedding features, an experiment that lost (docs/ner.md); no shipped model used them.
    private enum T
    {
        Bias = 1, Word, Folded, Shape, ShortShape, Prefix, Suffix,
        Prev1, Next1, Prev2, Next2, PrevShape, NextShape, ShapePrevCur, ShapeCurNext, ShapeTri,
        BigramPrev, BigramNext, SentenceStart, CapsSentence, CapsSentenceWord, Length,
        Cluster, ClusterPrev, ClusterNext, GazExact, GazFolded, GazCount,
        DocForms, DocFormsCaps, History, HistoryMajor, PrevWordCluster, NextWordCluster, FoldedPrev1Shape, InQuotes,
        CaseProfile, AggregatePrev, AggregateNext,
        DocLabel, DocLabelMajor, FirstPass,
        TableShape, TableCluster, TableNext, TablePrev,
        // after the ids the embedding experiment used
        ListExact = 60, ListFolded, ListTable,
    }

    private readonly Gazetteer _gazetteer;
    private readonly Gazetteer _lists;
    private readonly WordClusters _clusters;
    private readonly int _caseLevel;

    private readonly bool[] _level;

    /// <param name="clusterLevels">Which cluster levels to read (null: all); a training run reads one group of them.</param>
    /// <param name="lists">External name lists (cities, countries, ..., masks of <c>NameKinds</c> bits); null: none.</param>
    public NerFeatures(Gazetteer gazetteer, WordClusters clusters, Func<int, bool>? clusterLevels = null, Gazetteer? lists = null)
    {
        _lists = lists ?? Gazetteer.Empty;
        _level = new bool[clusters.Granularities.Count];
        for (int g = 0; g < _level.Length; g++) _level[g] = g != clusters.CaseLevel && (clusterLevels?.Invoke(g) ?? true);
        _gazetteer = gazetteer;
        _clusters = clusters;
        _caseLevel = clusters.CaseLevel;
    }

    /// <summary>Lower case with digits mapped to 0, so "1996" and "1997" share a form.</summary>
    public static string Fold(string token)
    {
        bool change = false;
        foreach (char c in token)
            if (char.IsUpper(c) || (char.IsDigit(c) && c != '0')) { change = true; break; }
        if (!change) return token;
        return string.Create(token.Length, token, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                dst[i] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }
        });
    }

    /// <summary>Word shape: X for capitals, x for lower case, d for digits, other characters kept; long shapes cut at 12.</summary>
    public static string Shape(string token, bool collapse)
    {
        Span<char> buf = stackalloc char[12];
        int n = 0;
        char last = '\0';
        foreach (char c in token)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (collapse && s == last) continue;
            last = s;
            if (n == buf.Length) break;
            buf[n++] = s;
        }
        return new string(buf[..n]);
    }

    private static bool IsCapitalised(string token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsAllCaps(string token)
    {
        bool letter = false;
        foreach (char c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter;
    }

    /// <summary>Headlines and datelines in capitals: word-form cues mean less there.</summary>
    private static bool IsCapsSentence(string[] tokens)
    {
        int letters = 0, caps = 0;
        foreach (var t in tokens)
        {
            bool hasLetter = false;
            foreach (char c in t) if (char.IsLetter(c)) { hasLetter = true; break; }
            if (!hasLetter) continue;
            letters++;
            if (IsAllCaps(t)) caps++;
        }
        return letters >= 2 && caps * 10 >= letters * 8;
    }

    /// <summary>
    /// Result and standings lines ("Pohang 3 Ulsan 2", "Essex 372 and 133-5"): at least two numbers and no
    /// more lower-case words than numbers. City and country names there are mostly teams (ORG).
    /// </summary>
    internal static bool IsTableLine(string[] tokens)
    {
        int numbers = 0, lower = 0;
        foreach (var t in tokens)
        {
            if (t.Length == 0) continue;
            if (char.IsDigit(t[0])) numbers++;
            else if (char.IsLower(t[0])) lower++;
        }
        return numbers >= 2 && lower <= numbers;
    }

    // Document-level forms of a folded word (bits): 1 = capitalised mid-sentence in normal text,
    // 2 = lower case, 4 = all capitals mid-sentence in normal text.
    private static Dictionary<string, int> DocumentForms(string[][] sentences, string[][] folded, bool[] caps)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
        {
            if (caps[s]) continue;
            var tokens = sentences[s];
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.Length == 0 || !char.IsLetter(t[0])) continue;
                int bit = char.IsLower(t[0]) ? 2 : i == 0 ? 0 : IsAllCaps(t) && t.Length > 1 ? 4 : 1;
                if (bit == 0) continue;
                forms[folded[s][i]] = forms.GetValueOrDefault(folded[s][i]) | bit;
            }
        }
        return forms;
    }

    /// <summary>Prepares every sentence of one document (static features only).</summary>
    public PreparedSentence[] Prepare(string[][] sentences)
    {
        var folded = new string[sentences.Length][];
        var caps = new bool[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            folded[s] = Array.ConvertAll(sentences[s], Fold);
            caps[s] = IsCapsSentence(sentences[s]);
        }
        var forms = DocumentForms(sentences, folded, caps);
        var occurrences = Occurrences(sentences, folded);
        var seen = new HashSet<uint>();
        var result = new PreparedSentence[sentences.Length];
        var buffer = new List<uint>(96);
        for (int s = 0; s < sentences.Length; s++)
        {
            var tokens = sentences[s];
            var fold = folded[s];
            int n = tokens.Length;
            var shapes = new string[n];
            var shortShapes = new string[n];
            var clusters = new ushort[]?[n];
            for (int i = 0; i < n; i++)
            {
                shapes[i] = Shape(tokens[i], collapse: false);
                shortShapes[i] = Shape(tokens[i], collapse: true);
                clusters[i] = _clusters.Find(fold[i]);
            }
            bool table = IsTableLine(tokens);
            var gaz = new List<uint>?[n];
            _gazetteer.Match(tokens, fold, (start, end, mask, exact) =>
            {
                var template = (int)(exact ? T.GazExact : T.GazFolded);
                for (int type = 0; type < NerTags.TypeCount; type++)
                {
                    if ((mask & (1 << type)) == 0) continue;
                    if (end - start == 1) (gaz[start] ??= new()).Add(FeatureHash.Of(template, type, 3));
                    else
                    {
                        (gaz[start] ??= new()).Add(FeatureHash.Of(template, type, 0));
                        for (int k = start + 1; k < end - 1; k++) (gaz[k] ??= new()).Add(FeatureHash.Of(template, type, 1));
                        (gaz[end - 1] ??= new()).Add(FeatureHash.Of(template, type, 2));
                    }
                }
            });
            // the external lists: the same positions, one feature per kind bit (city, country, ...) instead of per type; kept
            // apart so the mined gazetteer's match count reads as before
            var listed = new List<uint>?[n];
            _lists.Match(tokens, fold, (start, end, mask, exact) =>
            {
                var template = (int)(exact ? T.ListExact : T.ListFolded);
                for (int kind = 0; kind < 8; kind++)
                {
                    if ((mask & (1 << kind)) == 0) continue;
                    for (int k = start; k < end; k++)
                    {
                        int position = end - start == 1 ? 3 : k == start ? 0 : k == end - 1 ? 2 : 1;
                        var list = listed[k] ??= new();
                        list.Add(FeatureHash.Of(template, kind, position));
                        // a city in a results line is mostly a team: let the model learn the two apart
                        if (table) list.Add(FeatureHash.Of((int)T.ListTable, kind, position));
                    }
                }
            });
            var features = new uint[n][];
            for (int i = 0; i < n; i++)
            {
                buffer.Clear();
                Token(buffer, tokens, fold, shapes, shortShapes, clusters, caps[s], forms, i);
                if (table) Table(buffer, shortShapes, clusters, i);
                Aggregate(buffer, seen, occurrences, folded, s, i);
                if (gaz[i] is { } matches) buffer.AddRange(matches);
                if (listed[i] is { } listMatches) buffer.AddRange(listMatches);
                buffer.Add(FeatureHash.Of((int)T.GazCount, Math.Min(gaz[i]?.Count ?? 0, 3)));
                features[i] = buffer.ToArray();
            }
            result[s] = new PreparedSentence { Tokens = tokens, Folded = fold, Features = features };
        }
        return result;
    }

    private const string Boundary = "<s>";

    /// <summary>Other occurrences of a capitalised word whose contexts are pooled (Ratinov &amp; Roth's context aggregation).</summary>
    private const int MaxAggregated = 8;

    private static Dictionary<string, List<(int Sentence, int Token)>> Occurrences(string[][] sentences, string[][] folded)
    {
        var occurrences = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (int s = 0; s < sentences.Length; s++)
            for (int i = 0; i < sentences[s].Length; i++)
            {
                var t = sentences[s][i];
                if (t.Length < 2 || !char.IsUpper(t[0])) continue;
                if (!occurrences.TryGetValue(folded[s][i], out var list)) occurrences[folded[s][i]] = list = new();
                list.Add((s, i));
            }
        return occurrences;
    }

    /// <summary>The neighbours of the same word elsewhere in the document: "Mr. X" once lends X a person context everywhere.</summary>
    private static void Aggregate(List<uint> f, HashSet<uint> seen, Dictionary<string, List<(int Sentence, int Token)>> occurrences,
        string[][] folded, int s, int i)
    {
        if (!occurrences.TryGetValue(folded[s][i], out var list) || list.Count < 2) return;
        seen.Clear();
        int used = 0;
        foreach (var (s2, i2) in list)
        {
            if (s2 == s && i2 == i) continue;
            if (used++ == MaxAggregated) break;
            var other = folded[s2];
            var prev = FeatureHash.Of((int)T.AggregatePrev, i2 > 0 ? other[i2 - 1] : Boundary);
            var next = FeatureHash.Of((int)T.AggregateNext, i2 + 1 < other.Length ? other[i2 + 1] : Boundary);
            if (seen.Add(prev)) f.Add(prev);
            if (seen.Add(next)) f.Add(next);
        }
    }

    private void Table(List<uint> f, string[] shortShapes, ushort[]?[] clusters, int i)
    {
        int n = shortShapes.Length;
        string ss = shortShapes[i];
        f.Add(FeatureHash.Of((int)T.TableShape, ss, i == 0 ? "^" : "-"));
        f.Add(FeatureHash.Of((int)T.TableNext, ss, i + 1 < n ? shortShapes[i + 1] : Boundary));
        f.Add(FeatureHash.Of((int)T.TablePrev, i > 0 ? shortShapes[i - 1] : Boundary, ss));
        if (clusters[i] is { } c)
            for (int g = 1; g < c.Length; g += WordClusters.LevelsPerGroup)
                if (_level[g]) f.Add(FeatureHash.Of((int)T.TableCluster, g == 1 ? 0 : g, c[g]));
    }

    private void Token(List<uint> f, string[] tokens, string[] fold, string[] shapes, string[] shortShapes,
        ushort[]?[] clusters, bool capsSentence, Dictionary<string, int> forms, int i)
    {
        int n = tokens.Length;
        string w = tokens[i], lw = fold[i];
        string p1 = i > 0 ? fold[i - 1] : Boundary, n1 = i + 1 < n ? fold[i + 1] : Boundary;
        string p2 = i > 1 ? fold[i - 2] : Boundary, n2 = i + 2 < n ? fold[i + 2] : Boundary;
        string sp = i > 0 ? shortShapes[i - 1] : Boundary, sn = i + 1 < n ? shortShapes[i + 1] : Boundary;
        string ss = shortShapes[i];

        f.Add(FeatureHash.Of((int)T.Bias));
        if (!capsSentence) f.Add(FeatureHash.Of((int)T.Word, w));
        f.Add(FeatureHash.Of((int)T.Folded, lw));
        f.Add(FeatureHash.Of((int)T.Shape, shapes[i]));
        f.Add(FeatureHash.Of((int)T.ShortShape, ss));
        for (int k = 1; k <= 4 && k <= lw.Length; k++)
        {
            f.Add(FeatureHash.Of((int)T.Prefix, k, lw.AsSpan(0, k)));
            f.Add(FeatureHash.Of((int)T.Suffix, k, lw.AsSpan(lw.Length - k)));
        }
        f.Add(FeatureHash.Of((int)T.Prev1, p1));
        f.Add(FeatureHash.Of((int)T.Next1, n1));
        f.Add(FeatureHash.Of((int)T.Prev2, p2));
        f.Add(FeatureHash.Of((int)T.Next2, n2));
        f.Add(FeatureHash.Of((int)T.PrevShape, sp));
        f.Add(FeatureHash.Of((int)T.NextShape, sn));
        f.Add(FeatureHash.Of((int)T.ShapePrevCur, sp, ss));
        f.Add(FeatureHash.Of((int)T.ShapeCurNext, ss, sn));
        f.Add(FeatureHash.Of((int)T.ShapeTri, sp, ss, sn));
        f.Add(FeatureHash.Of((int)T.BigramPrev, p1, lw));
        f.Add(FeatureHash.Of((int)T.BigramNext, lw, n1));
        f.Add(FeatureHash.Of((int)T.FoldedPrev1Shape, p1, ss));
        if (i == 0) f.Add(FeatureHash.Of((int)T.SentenceStart, ss));
        if (capsSentence)
        {
            f.Add(FeatureHash.Of((int)T.CapsSentence, ss));
            f.Add(FeatureHash.Of((int)T.CapsSentenceWord, lw));
        }
        f.Add(FeatureHash.Of((int)T.Length, Math.Min(w.Length, 8)));

        var c = clusters[i];
        int caseLevel = _caseLevel;
        if (c is not null && caseLevel >= 0)
        {
            // How news usually writes this word: decisive in capitals headlines and at sentence start.
            int context = capsSentence ? 2 : i == 0 ? 1 : 0;
            f.Add(FeatureHash.Of((int)T.CaseProfile, c[caseLevel], context * 2 + (IsCapitalised(w) ? 1 : 0)));
        }
        if (c is not null)
            for (int g = 0; g < c.Length; g++)
            {
                if (!_level[g]) continue;
                f.Add(FeatureHash.Of((int)T.Cluster, g, c[g]));
                if (i > 0 && clusters[i - 1] is { } cp) f.Add(FeatureHash.Of((int)T.ClusterPrev, g * 100000 + cp[g], c[g]));
            }
        else f.Add(FeatureHash.Of((int)T.Cluster, -1));
        if (i > 0 && clusters[i - 1] is { } prev)
            for (int g = 0; g < prev.Length; g++) if (_level[g]) f.Add(FeatureHash.Of((int)T.PrevWordCluster, g, prev[g]));
        if (i + 1 < n && clusters[i + 1] is { } next)
            for (int g = 0; g < next.Length; g++) if (_level[g]) f.Add(FeatureHash.Of((int)T.NextWordCluster, g, next[g]));

        // How the same word is written elsewhere in the document: a word in a capitals headline that
        // the body writes lower-case is rarely a name; one the body capitalises mid-sentence usually is.
        if (w.Length > 0 && char.IsLetter(w[0]))
        {
            int docForms = forms.GetValueOrDefault(lw);
            if (capsSentence || i == 0) f.Add(FeatureHash.Of((int)T.DocFormsCaps, docForms, IsCapitalised(w) ? 1 : 0));
            else f.Add(FeatureHash.Of((int)T.DocForms, docForms, IsCapitalised(w) ? 1 : 0));
        }
    }

    /// <summary>
    /// Second-stage features (Krishnan &amp; Manning 2006; Ratinov &amp; Roth's prediction aggregation): the labels
    /// a first tagging pass gave the other occurrences of the same capitalised word anywhere in the document,
    /// later ones included, so a headline in capitals learns from the body below it. Null counts mark the
    /// first pass itself, which has no such evidence yet.
    /// </summary>
    public static void DocumentLabels(List<uint> f, int[]? counts)
    {
        if (counts is null) { f.Add(FeatureHash.Of((int)T.FirstPass)); return; }
        int total = 0, best = -1;
        for (int k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) best = k;
        }
        f.Add(FeatureHash.Of((int)T.DocLabelMajor, best));
        for (int k = 0; k < counts.Length; k++)
            if (counts[k] > 0)
                f.Add(FeatureHash.Of((int)T.DocLabel, k, counts[k] * 4 / (total + 1)));
    }

    /// <summary>Every key <see cref="History"/> and <see cref="DocumentLabels"/> can produce, so the trainer can give them rows up front.</summary>
    public static IEnumerable<uint> LabelStatisticKeys()
    {
        yield return FeatureHash.Of((int)T.FirstPass);
        for (int best = -1; best <= NerTags.TypeCount; best++)
        {
            yield return FeatureHash.Of((int)T.HistoryMajor, best);
            yield return FeatureHash.Of((int)T.DocLabelMajor, best);
        }
        for (int k = 0; k <= NerTags.TypeCount; k++)
            for (int b = 0; b < 4; b++)
            {
                yield return FeatureHash.Of((int)T.History, k, b);
                yield return FeatureHash.Of((int)T.DocLabel, k, b);
            }
    }

    /// <summary>
    /// Features from the labels the tagger gave the same word earlier in the document
    /// (Ratinov &amp; Roth's "extended prediction history"): counts per label index, 0 = O, 1+t = type t.
    /// </summary>
    public static void History(List<uint> f, int[]? counts)
    {
        if (counts is null) { f.Add(FeatureHash.Of((int)T.HistoryMajor, -1)); return; }
        int total = 0, best = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            if (counts[k] > counts[best]) best = k;
        }
        f.Add(FeatureHash.Of((int)T.HistoryMajor, best));
        for (int k = 0; k < counts.Length; k++)
            if (counts[k] > 0)
                f.Add(FeatureHash.Of((int)T.History, k, counts[k] * 4 / (total + 1)));
    }
}
