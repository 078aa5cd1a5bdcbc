using Storyline.Cluster;
using Storyline.Annotate.Quotes;
using Storyline.Compare.Entities;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Compare.Quotes;

/// <summary>
/// Builds the story's quote ledger: every utterance once, with the outlets that report it. Citations of the same
/// speaker that the sentence matcher finds to be one utterance (<see cref="MatchPurpose.SameUtterance"/>, on stem
/// prefixes of their content words, so translated or trimmed versions meet) are one item; when
/// two outlets put clearly different words in quote marks for one utterance, the item is flagged
/// <see cref="StoryQuote.ParaphraseInQuoteMarks"/>. Speakers are linked to the story's actors
/// (<see cref="StoryEntity.Section"/>), and left unlinked (null id) when none matches.
/// </summary>
/// <param name="matcher">Decides which citations are one utterance (default: <see cref="LexicalSentenceMatcher"/>).</param>
/// <param name="packs">The language packs quotes are read with (default: <see cref="LanguagePacks.Default"/>).</param>
public sealed class QuoteLedgerStage(ISentenceMatcher? matcher = null, LanguagePacks? packs = null) : IStoryStage
{
    private readonly ISentenceMatcher _matcher = matcher ?? LexicalSentenceMatcher.Instance;
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "quote-ledger";
    public IReadOnlyList<Feature> Requires => [Quote.Layer, StoryEntity.Section];
    public IReadOnlyList<Feature> Provides => [StoryQuote.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    /// <summary>One quote of one article, ready to compare.</summary>
    private sealed record Item(Article Article, Quote Quote, string Text, string? Speaker, List<string> Words)
    {
        /// <summary>Position in the matcher's prepared list.</summary>
        public int Index { get; set; }
    }

    public StoryDocument Process(StoryDocument story)
    {
        var items = new List<Item>();
        var own = CopyText.Of(story.Story);
        foreach (var article in story.Story.Articles)
        {
            // a copy adds no outlet's own telling, except in the paragraphs its original does not have
            if (!own.HasOwnText(article)) continue;
            foreach (var q in article.GetOrEmpty(Quote.Layer))
            {
                if (!own.Counts(article, q.Content)) continue;
                var language = _packs.Of(article);
                var speaker = SpeakerName(article, q, language.Quotes);
                if (!q.Direct && speaker is null) continue; // reported speech with no one reporting it is no quote
                var text = string.Join(" \u2026 ", q.Parts.Select(p => StripMarks(article.Text, p)));
                var words = QuoteWords.ContentWords(text, language.FunctionWords);
                if (words.Count == 0) continue;
                items.Add(new Item(article, q, text, speaker, words));
            }
        }

        // reported speech enters the ledger only from people: a full name, or someone also quoted verbatim
        var quotedSurnames = items.Where(i => i.Quote.Direct && i.Speaker is not null).Select(i => Fold(Surname(i.Speaker!))).ToHashSet();
        items.RemoveAll(i => !i.Quote.Direct && !(IsFullName(i.Speaker!) || quotedSurnames.Contains(Fold(Surname(i.Speaker!)))));

        // stem prefixes: "minimum" and "minimal" are one word across translations, where a suffix stemmer parts them
        var utterances = _matcher.Prepare(items.Select(i => new SentenceView(i.Text, i.Words.Select(QuoteWords.Stem).ToHashSet(StringComparer.Ordinal))).ToList());
        for (int k = 0; k < items.Count; k++) items[k].Index = k;
        bool SameUtterance(Item a, Item b) =>
            (a.Speaker is null || b.Speaker is null || SameSpeaker(a.Speaker, b.Speaker))
            && utterances.Compare(a.Index, b.Index, MatchPurpose.SameUtterance).Same;

        // each item joins the earliest group holding a same utterance from another outlet; only earlier items that share
        // a stem with it can be one (every lexical SameUtterance match needs shared stems), so those are all that is compared
        var groups = new List<List<Item>>();
        var groupOf = new int[items.Count];
        var candidates = QuoteBlocks.Earlier(items.Select(i => (i.Article.Id, (IReadOnlyCollection<string>)i.Words)).ToList());
        for (int k = 0; k < items.Count; k++)
        {
            int best = int.MaxValue;
            foreach (var c in candidates[k])
                if (groupOf[c] < best && SameUtterance(items[k], items[c])) best = groupOf[c];
            if (best == int.MaxValue) { groupOf[k] = groups.Count; groups.Add([items[k]]); }
            else { groupOf[k] = best; groups[best].Add(items[k]); }
        }

        var mentions = new SpeakerIndex(story.Get(StoryEntity.Section));
        var quotes = groups.Select(g => ToStoryQuote(g, story.Get(StoryEntity.Section), mentions)).ToList();
        // stable ids: the words and who said them
        var ids = StoryItemIds.Assign(story.Story.Id, StoryItemIds.Quote,
            quotes.Select(q => ($"{q.Text}\n{q.SpeakerName}", StoryItemIds.CitationKey(q.Citations))).ToList());
        return story.With(StoryQuote.Section, quotes.Select((q, i) => q with { Id = ids[i] }).ToImmutableArray());
    }

    private static StoryQuote ToStoryQuote(List<Item> group, ImmutableArray<StoryEntity> entities, SpeakerIndex mentions)
    {
        // the fullest verbatim version speaks for the item
        var lead = group.OrderByDescending(i => i.Quote.Direct).ThenByDescending(i => i.Words.Count).First();
        var speakerName = group.Select(i => i.Speaker).Where(s => s is not null)
            .OrderByDescending(s => s!.Split(' ').Length).ThenByDescending(s => s!.Length).FirstOrDefault();
        var entity = FindEntity(group, speakerName, entities, mentions);
        var citations = group.SelectMany(i => i.Quote.Parts.Select(p => new Citation(i.Article.Id, p))).ToImmutableArray();
        return new StoryQuote(lead.Text, entity?.Id, entity?.Name ?? speakerName, group.Any(i => i.Quote.Direct), citations)
        {
            ParaphraseInQuoteMarks = IsParaphrased(group),
        };
    }

    /// <summary>Two outlets quote the same utterance "verbatim" with mostly different words.</summary>
    private static bool IsParaphrased(List<Item> group)
    {
        var direct = group.Where(i => i.Quote.Direct).ToList();
        for (int x = 0; x < direct.Count; x++)
            for (int y = x + 1; y < direct.Count; y++)
            {
                if (direct[x].Article.Id == direct[y].Article.Id) continue;
                var (_, share) = QuoteWords.ExactOverlap(direct[x].Words, direct[y].Words);
                if (share < QuoteSettings.VerbatimShare) return true;
            }
        return false;
    }

    private static StoryEntity? FindEntity(List<Item> group, string? speakerName, ImmutableArray<StoryEntity> entities, SpeakerIndex mentions)
    {
        if (entities.IsDefaultOrEmpty) return null;
        foreach (var item in group)
        {
            var span = item.Quote.ResolvedSpeaker;
            if (span.IsEmpty) continue;
            // "Russian Foreign Minister Sergei Lavrov", "US Treasury Secretary Stephen Mnuchin": the phrase names a
            // nationality or an office before the person; the person speaks, and the head of the phrase comes last
            SpeakerIndex.Ranked? best = null;
            int bestRank = int.MaxValue, bestEnd = -1;
            foreach (var (e, m) in mentions.Overlapping(item.Article.Id, span))
            {
                int rank = SpeakerRank(e.Type);
                if (rank < bestRank || (rank == bestRank && m.End > bestEnd) || (rank == bestRank && m.End == bestEnd && e.Order < best!.Order))
                    (best, bestRank, bestEnd) = (e, rank, m.End);
            }
            if (best is not null) return best.Entity;
        }
        return speakerName is null ? null : mentions.BySurname(speakerName);
    }

    /// <summary>Who speaks when one speaker phrase names several entities: a person, then an organisation, then the rest.</summary>
    private static int SpeakerRank(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Place => 2,
        _ => 3,
    };

    private static bool IsFullName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && char.IsUpper(p[0]));
    }

    /// <summary>Names of one person: equal surnames ("Maduro" / "Nicolás Maduro"), accents and case ignored.</summary>
    internal static bool SameSpeaker(string a, string b) => string.Equals(SpeakerKey(a), SpeakerKey(b), StringComparison.Ordinal);

    /// <summary>What <see cref="SameSpeaker"/> compares: the surname, accents and case folded.</summary>
    internal static string SpeakerKey(string name) => Fold(Surname(name));

    private static string Surname(string name)
    {
        var parts = name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[^1].TrimEnd('.', ',');
    }

    private static string Fold(string s)
    {
        var d = s.Normalize(System.Text.NormalizationForm.FormD);
        var chars = d.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray();
        return new string(chars).ToLowerInvariant();
    }

    /// <summary>The name the quote is attributed to: the resolved name, else a role phrase as written; null for bare pronouns.</summary>
    private static string? SpeakerName(Article article, Quote q, QuoteVocabulary words)
    {
        if (!q.ResolvedSpeaker.IsEmpty) return article.SliceString(q.ResolvedSpeaker);
        if (q.Speaker.IsEmpty) return null;
        var written = article.SliceString(q.Speaker);
        return words.Pronouns.Contains(written) ? null : written;
    }

    private static string StripMarks(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length).Trim();
        while (s.Length > 0 && (QuoteMarks.IsMark(s[0]) || s[0] is '\u201E' or '`')) s = s[1..];
        while (s.Length > 0 && (QuoteMarks.IsMark(s[^1]) || s[^1] == ',')) s = s[..^1];
        return s.Trim().ToString();
    }
}

/// <summary>
/// Which earlier quotes of a story a quote is compared with: those of other articles sharing at least one word stem
/// (the lexical rule for a same utterance needs two shared stems, <c>LexicalMatchRules</c>). Comparing only those keeps the
/// ledger's cost with the quotes that could match, not the square of all the story's quotes. Kept apart from the
/// comparison, which decides whether a candidate is the same utterance.
/// </summary>
internal static class QuoteBlocks
{
    /// <summary>Per quote, the indices of earlier candidate quotes, ascending.</summary>
    public static List<int>[] Earlier(IReadOnlyList<(string ArticleId, IReadOnlyCollection<string> Words)> quotes)
    {
        var result = new List<int>[quotes.Count];
        // where each quote's article run starts: a story lists its quotes article by article, so every earlier quote
        // of another article comes before that run and a posting need not be walked past it
        var runStart = RunStarts(quotes.Select(q => q.ArticleId).ToList());
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new int[quotes.Count];
        Array.Fill(seen, -1);
        for (int k = 0; k < quotes.Count; k++)
        {
            var list = new List<int>();
            var stems = quotes[k].Words.Select(QuoteWords.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in stems)
            {
                if (!postings.TryGetValue(stem, out var posting)) postings[stem] = posting = new List<int>();
                foreach (var c in posting)
                {
                    if (runStart is not null && c >= runStart[k]) break;
                    if (seen[c] == k || quotes[c].ArticleId == quotes[k].ArticleId) continue;
                    seen[c] = k;
                    list.Add(c);
                }
                posting.Add(k);
            }
            list.Sort();
            result[k] = list;
        }
        return result;
    }

    /// <summary>For items listed article by article, the index where each item's article run starts; null when an
    /// article's items are not contiguous.</summary>
    internal static int[]? RunStarts(IReadOnlyList<string> articleIds)
    {
        var starts = new int[articleIds.Count];
        var finished = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < articleIds.Count; k++)
        {
            if (k > 0 && articleIds[k] == articleIds[k - 1]) { starts[k] = starts[k - 1]; continue; }
            if (k > 0) finished.Add(articleIds[k - 1]);
            if (finished.Contains(articleIds[k])) return null;
            starts[k] = k;
        }
        return starts;
    }
}

/// <summary>
/// The story's entity mentions per article (<see cref="SpanIndex{T}"/>), so a speaker span finds the mentions it overlaps
/// by binary search, and its actors by surname: scanning every mention or actor for every quote made the quote ledger
/// grow with the square of one long text.
/// </summary>
internal sealed class SpeakerIndex
{
    internal sealed record Ranked(StoryEntity Entity, int Order)
    {
        public EntityType Type => Entity.Type;
    }

    private readonly Dictionary<string, SpanIndex<Ranked>> _byArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryEntity> _bySurname = new(StringComparer.Ordinal);

    public SpeakerIndex(ImmutableArray<StoryEntity> entities)
    {
        if (entities.IsDefaultOrEmpty) return;
        // a person first, then any other actor, each in the story's order: the first one named so keeps the surname
        foreach (var e in entities.Where(e => e.Type == EntityType.Person).Concat(entities.Where(e => e.Type != EntityType.Person)))
            foreach (var name in e.Aliases.Prepend(e.Name))
                _bySurname.TryAdd(QuoteLedgerStage.SpeakerKey(name), e);
        var mentions = entities.SelectMany((e, i) => e.Mentions.Select(m => (m.ArticleId, m.Span, Entity: new Ranked(e, i))));
        foreach (var article in mentions.GroupBy(m => m.ArticleId, StringComparer.Ordinal))
            _byArticle[article.Key] = new SpanIndex<Ranked>(article.Select(m => (m.Span, m.Entity)));
    }

    /// <summary>The actor a speaker name names (same surname, accents and case ignored; <see cref="QuoteLedgerStage.SameSpeaker"/>).</summary>
    public StoryEntity? BySurname(string speakerName) => _bySurname.GetValueOrDefault(QuoteLedgerStage.SpeakerKey(speakerName));

    /// <summary>The mentions in <paramref name="articleId"/> that overlap <paramref name="span"/>.</summary>
    public IEnumerable<(Ranked Entity, TextSpan Span)> Overlapping(string articleId, TextSpan span) =>
        _byArticle.TryGetValue(articleId, out var index) ? index.Overlapping(span).Select(m => (m.Value, m.Span)) : [];
}
