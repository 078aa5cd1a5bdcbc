using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Storyline.Articles;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Cluster;

/// <summary>
/// Turns an article into <see cref="ArticleFeatures"/> in one pass over its characters. Function words and stems are the
/// article's language pack's; an article in a language without a pack is read with no function words and no stemming
/// (its words still meet the same words of other articles in its language).
/// Not thread-safe (it caches stems); its output depends only on the input, so one instance per
/// thread gives identical results.
/// </summary>
internal sealed class FeatureExtractor
{
    private const int MaxWordLength = 48;
    private const int MaxCacheEntries = 200_000;

    private readonly StoryClustererSettings _settings;
    private readonly int _shingle;
    private readonly ulong _anchorMask;
    private readonly LanguagePacks _packs;

    /// <summary>One word cache per pack (and one for languages without a pack): a word's stem and function are the language's.</summary>
    private readonly Dictionary<string, WordCache> _caches = new(StringComparer.Ordinal);
    private WordCache _words = null!;

    private sealed class WordCache
    {
        public readonly LanguagePack? Language;
        public readonly Dictionary<string, WordInfo> Words = new(StringComparer.Ordinal);
        public readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup;

        public WordCache(LanguagePack? language)
        {
            Language = language;
            Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    // Scratch buffers reused across articles (hot path: no per-token allocation).
    private readonly List<ulong> _surface = new(1024);
    private readonly Dictionary<ulong, float> _counts = new();
    private readonly List<ulong> _anchors = new(256);

    private readonly bool _allPairs;

    /// <param name="allPairs">Every pair of adjacent content words also counts as a name pair (for counting background
    /// document frequencies over lower-cased text, where names cannot be told from other words).</param>
    public FeatureExtractor(StoryClustererSettings settings, CopyDetectorSettings copySettings, bool allPairs = false, LanguagePacks? packs = null)
    {
        _packs = packs ?? LanguagePacks.Default;
        _allPairs = allPairs;
        _settings = settings;
        _shingle = copySettings.ShingleWords;
        _anchorMask = (ulong)copySettings.AnchorSampling - 1;
        if ((copySettings.AnchorSampling & (copySettings.AnchorSampling - 1)) != 0)
            throw new ArgumentException("AnchorSampling must be a power of two.");
    }

    private readonly record struct WordInfo(ulong Surface, ulong Term, bool Stop);

    public ArticleFeatures Extract(Article article)
    {
        var language = _packs.ForReading(article);
        var key = language?.Code ?? "";
        if (!_caches.TryGetValue(key, out var cache)) _caches[key] = cache = new WordCache(language);
        _words = cache;
        var title = article.Metadata.Title;
        var text = article.Text;
        var entities = article.GetOrEmpty(Annotate.Entities.EntityMention.Layer);
        _surface.Clear();
        _counts.Clear();
        bool headlineOnly = title is not null && string.Equals(title.Trim(), text.Trim(), StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(title))
            Scan(title, _settings.TitleBoost, ImmutableArray<Annotate.Entities.EntityMention>.Empty, isTitle: true, addSurface: headlineOnly);
        if (!headlineOnly)
        {
            // the title is not part of the shingled text: a changed headline must not hide a copy
            _surface.Clear();
            Scan(text, 1f, entities, isTitle: false, addSurface: true);
        }
        if (_settings.SlugWeight > 0 && article.Metadata.Url is { Length: > 0 } url) ScanSlug(url, _settings.SlugWeight);

        var surface = CollectionsMarshal.AsSpan(_surface);
        ulong textHash = 0x51ED270B27D5A3C1UL;
        foreach (var s in surface) textHash = StableHash.Combine(textHash, s);

        _anchors.Clear();
        int k = _shingle;
        for (int i = 0; i + k <= surface.Length; i++)
        {
            ulong h = 0;
            for (int j = 0; j < k; j++) h = h * 0x100000001B3UL + surface[i + j];
            h = StableHash.Mix(h);
            if ((h & _anchorMask) == 0) _anchors.Add(h);
        }
        _anchors.Sort();
        int distinct = 0;
        for (int i = 0; i < _anchors.Count; i++)
            if (i == 0 || _anchors[i] != _anchors[i - 1]) _anchors[distinct++] = _anchors[i];

        var terms = new ulong[_counts.Count];
        var counts = new float[_counts.Count];
        int t = 0;
        foreach (var (term, count) in _counts) { terms[t] = term; counts[t] = count; t++; }
        // Dictionary enumeration order depends on insertion history only, but sort anyway so the
        // vector is canonical whatever the caching state.
        Array.Sort(terms, counts);
        return new ArticleFeatures
        {
            Terms = terms,
            Counts = counts,
            Anchors = _anchors.GetRange(0, distinct).ToArray(),
            TextHash = textHash,
            WordCount = surface.Length,
        };
    }

    private void Scan(string text, float boost, ImmutableArray<Annotate.Entities.EntityMention> entities, bool isTitle, bool addSurface)
    {
        bool titleCase = isTitle && LooksTitleCased(text);
        Span<char> lower = stackalloc char[MaxWordLength];
        bool sentenceStart = true;
        ulong previousName = 0, previousContent = 0;
        int entityIndex = 0;
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or '"' or '`' or '\u201C' or '(') sentenceStart = true;
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '-') { previousName = 0; previousContent = 0; }
                i++;
                continue;
            }
            int start = i, len = 0;
            bool capital = char.IsUpper(c);
            while (i < n)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    if (len < MaxWordLength) lower[len++] = char.ToLowerInvariant(d);
                    i++;
                }
                else if ((d == '.' || d == ',') && _settings.KeepDecimals && len > 0 && char.IsDigit(text[i - 1]) && i + 1 < n && char.IsDigit(text[i + 1]))
                {
                    // "7.1", "3,000": one number, not two; a version or an amount names its event
                    if (len < MaxWordLength) lower[len++] = d;
                    i++;
                }
                else if ((d == '\'' || d == '\u2019') && i + 1 < n && char.IsLetter(text[i + 1]))
                {
                    // clitics ('s, 't, 'll) end the word; longer tails (O'Brien) are part of it
                    int tail = i + 1;
                    while (tail < n && char.IsLetter(text[tail])) tail++;
                    if (tail - (i + 1) <= 2) { i = tail; break; }
                    i++;
                }
                else break;
            }
            var word = Lookup(lower[..len]);
            if (addSurface) _surface.Add(word.Surface);
            while (entityIndex < entities.Length && entities[entityIndex].Span.End <= start) entityIndex++;
            bool inEntity = entityIndex < entities.Length && entities[entityIndex].Span.Start <= start;
            bool name = inEntity || (entities.IsEmpty && capital && !sentenceStart && !titleCase && len > 1);
            sentenceStart = false;
            if (word.Stop)
            {
                previousName = 0;
                previousContent = 0;
                continue;
            }
            float weight = boost * (name ? _settings.NameBoost : 1f);
            Add(word.Term, weight);
            // adjacent content words as a phrase term: phrases are more specific to one event than their words
            if (_settings.PhraseWeight > 0 && previousContent != 0 && !name)
                Add(StableHash.Combine(previousContent ^ 0x5bd1e995UL, word.Term), boost * _settings.PhraseWeight);
            if (_allPairs && previousContent != 0 && !name)
                Add(StableHash.Combine(previousContent, word.Term), boost);
            previousContent = word.Term;
            if (name)
            {
                // adjacent name words ("Hun Sen") also count as one term: names overlap more than their parts do
                if (previousName != 0) Add(StableHash.Combine(previousName, word.Term), weight);
                previousName = word.Term;
            }
            else previousName = 0;
        }
    }

    /// <summary>
    /// Words of the URL's slug ("/2014/03/10/titanfall-will-be-the-first-real-test-for-xbox-one/"): editors write
    /// them for search engines, so they name the event's key words even when the headline is a pun or a fragment.
    /// Only path segments of at least three dash- or underscore-joined words count; ids, dates and section
    /// names do not.
    /// </summary>
    private void ScanSlug(string url, float weight)
    {
        int start = url.IndexOf("://", StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 3;
        int slash = url.IndexOf('/', start);
        if (slash < 0) return;
        int end = url.IndexOfAny(['?', '#', '\\'], slash);
        if (end < 0) end = url.Length;
        Span<char> lower = stackalloc char[MaxWordLength];
        int i = slash + 1;
        while (i < end)
        {
            int segEnd = url.IndexOf('/', i, end - i);
            if (segEnd < 0) segEnd = end;
            var segment = url.AsSpan(i, segEnd - i);
            int dot = segment.LastIndexOf('.');
            if (dot > 0 && segment.Length - dot <= 6) segment = segment[..dot]; // .html, .story, .aspx
            if (CountSlugWords(segment) >= 3)
            {
                ulong previous = 0;
                foreach (var range in segment.SplitAny('-', '_'))
                {
                    var raw = segment[range];
                    if (!IsSlugWord(raw) || raw.Length > MaxWordLength) { previous = 0; continue; }
                    for (int k = 0; k < raw.Length; k++) lower[k] = char.ToLowerInvariant(raw[k]);
                    var word = Lookup(lower[..raw.Length]);
                    if (word.Stop) { previous = 0; continue; }
                    Add(word.Term, weight);
                    if (_settings.PhraseWeight > 0 && previous != 0)
                        Add(StableHash.Combine(previous ^ 0x5bd1e995UL, word.Term), weight * _settings.PhraseWeight);
                    previous = word.Term;
                }
            }
            i = segEnd + 1;
        }
    }

    private static int CountSlugWords(ReadOnlySpan<char> segment)
    {
        int words = 0;
        foreach (var range in segment.SplitAny('-', '_'))
        {
            var raw = segment[range];
            if (IsSlugWord(raw) && char.IsLetter(raw[0])) words++;
        }
        return words;
    }

    /// <summary>A word (letters, or a short letters+digits code such as "mh370"), not an id or a hash.</summary>
    private static bool IsSlugWord(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 2) return false;
        int letters = 0, digits = 0;
        foreach (char c in raw)
        {
            if (char.IsAsciiLetter(c)) letters++;
            else if (char.IsAsciiDigit(c)) digits++;
            else return false;
        }
        if (letters == 0) return false;
        return digits == 0 || raw.Length <= 6;
    }

    private void Add(ulong term, float weight)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _);
        slot += weight;
    }

    /// <summary>Headlines Like This capitalise every word, so capitals there say nothing about names.</summary>
    private static bool LooksTitleCased(string title)
    {
        int words = 0, capitals = 0;
        int i = 0;
        while (i < title.Length)
        {
            if (!char.IsLetter(title[i])) { i++; continue; }
            int start = i;
            while (i < title.Length && char.IsLetter(title[i])) i++;
            if (i - start < 4) continue;
            words++;
            if (char.IsUpper(title[start])) capitals++;
        }
        return words > 0 && capitals * 2 > words;
    }

    private WordInfo Lookup(ReadOnlySpan<char> lower)
    {
        var cache = _words;
        if (cache.Lookup.TryGetValue(lower, out var info)) return info;
        if (cache.Words.Count >= MaxCacheEntries) cache.Words.Clear(); // a cache only: clearing never changes results
        string word = lower.ToString();
        var language = cache.Language;
        bool stop = language is not null && language.GroupingStopWords.Contains(word);
        ulong term = 0;
        if (!stop)
        {
            string stem = word;
            if (language is not null && word.Length > 3 && !char.IsDigit(word[0])) stem = language.Stemmer.Stem(word);
            term = StableHash.Of(stem);
        }
        info = new WordInfo(StableHash.Of(word), term, stop);
        cache.Words[word] = info;
        return info;
    }
}
