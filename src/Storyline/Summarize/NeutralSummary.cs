using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Compare.Facts;
using Storyline.Compare.Opinion;
using Storyline.Text;

namespace Storyline.Summarize;

/// <summary>
/// The rules that keep a story's summary neutral, beside the extractive selection: which sentences may be narrated and
/// which state agreed facts (given to the summarizer as <see cref="SummaryDocument.NotNarration"/> and
/// <see cref="SummaryDocument.Agreed"/>), and what the chosen sentences must be joined by: the other side of a figure
/// the ledger marks contested, and the story's latest development. The fact ledger decides what is agreed and what
/// conflicts; the opinion stage decides what is opinion and what is loaded; these rules only read their answers.
/// </summary>
internal static class NeutralSummary
{
    /// <summary>Sentences of <paramref name="article"/> the summary may not narrate: all of an opinion or analysis piece,
    /// and those the outlet writes in loaded language.</summary>
    public static ImmutableHashSet<int> NotNarration(Article article, ImmutableArray<Sentence> sentences, ArticleVoice? voice)
    {
        if (voice is null) return [];
        if (voice.IsOpinionOrAnalysis) return [.. Enumerable.Range(0, sentences.Length)];
        var loaded = voice.Loaded.Select(l => l.Sentence.Span).ToHashSet();
        return [.. Enumerable.Range(0, sentences.Length).Where(i => loaded.Contains(sentences[i].Span))];
    }

    /// <summary>Sentences of <paramref name="article"/> cited by a fact the ledger marks agreed, with the ids of those facts.</summary>
    public static ImmutableDictionary<int, ImmutableArray<string>> Agreed(Article article, ImmutableArray<Sentence> sentences, FactLedger ledger)
    {
        var cited = ledger.Facts.Where(f => f.Status == FactStatus.Agreed)
            .SelectMany(f => f.Citations.Where(c => c.ArticleId == article.Id).Select(c => (c.Span, f.Id))).ToList();
        var result = ImmutableDictionary.CreateBuilder<int, ImmutableArray<string>>();
        for (int i = 0; i < sentences.Length; i++)
        {
            var ids = cited.Where(c => c.Span.Overlaps(sentences[i].Span)).Select(c => c.Id).Distinct().ToImmutableArray();
            if (ids.Length > 0) result[i] = ids;
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// After each summary sentence that carries one side of a figure conflict, the other side: the sentence of another
    /// article that the conflicting fact cites (a news article's before an opinion piece's, never a loaded one), each
    /// citing its source. Repeated for what the added sentences carry, so "14 [a2]; at least 20 and 1,500 [a5]" brings
    /// in "1,200 [a1]" as well. Every added sentence is source text, cited exactly.
    /// </summary>
    public static ImmutableArray<CitedSentence> WithDisputedFigures(ImmutableArray<CitedSentence> summary, FactLedger ledger,
        IReadOnlyDictionary<string, Article> articles, IReadOnlyDictionary<string, ArticleVoice> voices)
    {
        var figureConflicts = ledger.Conflicts.Where(c => c.Kind == "figure").ToList();
        if (figureConflicts.Count == 0) return summary;
        var result = summary.ToList();
        for (int i = 0; i < result.Count; i++)
        {
            var source = result[i].SourceParts();
            int insertAt = i + 1;
            foreach (var conflict in figureConflicts)
            {
                foreach (var (mine, other) in new[] { (conflict.FactA, conflict.FactB), (conflict.FactB, conflict.FactA) })
                {
                    if (ledger.Find(mine) is not { } carried || ledger.Find(other) is not { } disputed) continue;
                    if (!carried.Citations.Any(c => source.Any(p => p.ArticleId == c.ArticleId && p.Span.Overlaps(c.Span)))) continue;
                    if (disputed.Citations.Any(c => Shown(result, c))) continue;
                    if (OtherSide(disputed, source, articles, voices) is not { } added) continue;
                    result.Insert(insertAt++, added);
                }
            }
        }
        return [.. result];
    }

    /// <summary>
    /// The story's latest development, when no summary sentence comes from its latest news article: that article's
    /// first sentence that states an agreed or single-source fact of the ledger, is not loaded and is not a quotation,
    /// added last (the summary runs in publication order).
    /// </summary>
    public static ImmutableArray<CitedSentence> WithLatestDevelopment(ImmutableArray<CitedSentence> summary, FactLedger ledger,
        IReadOnlyList<(Article Article, long Order)> articles, IReadOnlyDictionary<string, ArticleVoice> voices)
    {
        if (summary.IsEmpty) return summary;
        var latest = articles
            .Where(a => !(voices.GetValueOrDefault(a.Article.Id)?.IsOpinionOrAnalysis ?? false))
            .OrderByDescending(a => a.Order).Select(a => a.Article).FirstOrDefault();
        if (latest is null || summary.Any(s => s.Citations.Any(c => c.ArticleId == latest.Id))) return summary;
        var sentences = latest.GetOrEmpty(Sentence.Layer);
        var notNarration = NotNarration(latest, sentences, voices.GetValueOrDefault(latest.Id));
        var stated = ledger.Facts.Where(f => f.Status is FactStatus.Agreed or FactStatus.SingleSource)
            .SelectMany(f => f.Citations).Where(c => c.ArticleId == latest.Id).ToList();
        for (int i = 0; i < sentences.Length; i++)
        {
            if (notNarration.Contains(i) || !stated.Any(c => c.Span.Overlaps(sentences[i].Span))) continue;
            var shown = Dateline.Strip(latest.Text, sentences[i].Span);
            if (QuoteShare.StartsWithQuote(latest.Text.AsSpan(shown.Start, shown.Length)) || QuoteShare.Of(latest.Text.AsSpan(shown.Start, shown.Length)) > 0.5) continue;
            return summary.Add(Whole(latest, shown));
        }
        return summary;
    }

    private static bool Shown(List<CitedSentence> summary, Citation c) =>
        summary.Any(s => s.SourceParts().Any(p => p.ArticleId == c.ArticleId && p.Span.Overlaps(c.Span)));

    private static CitedSentence? OtherSide(Fact disputed, ImmutableArray<Citation> source, IReadOnlyDictionary<string, Article> articles,
        IReadOnlyDictionary<string, ArticleVoice> voices)
    {
        var candidates = disputed.Citations
            .Where(c => articles.ContainsKey(c.ArticleId) && !source.Any(p => p.ArticleId == c.ArticleId && p.Span.Overlaps(c.Span)))
            .OrderBy(c => voices.GetValueOrDefault(c.ArticleId)?.IsOpinionOrAnalysis ?? false)
            .ToList();
        foreach (var c in candidates)
        {
            var article = articles[c.ArticleId];
            var sentence = article.GetOrEmpty(Sentence.Layer).FirstOrDefault(s => s.Span.Overlaps(c.Span));
            if (sentence.Span.IsEmpty) continue;
            // a loaded sentence is no more the other side's evidence than it is narration
            if (voices.GetValueOrDefault(c.ArticleId) is { } voice && voice.Loaded.Any(l => l.Sentence.Span == sentence.Span)) continue;
            return Whole(article, Dateline.Strip(article.Text, sentence.Span));
        }
        return null;
    }

    private static CitedSentence Whole(Article article, TextSpan shown) =>
        new(ClusterModel.Collapse(article.Text.AsSpan(shown.Start, shown.Length)), [new Citation(article.Id, shown)]);
}
