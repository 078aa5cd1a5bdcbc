using System.Collections.Immutable;
using System.Diagnostics;
using Storyline.Annotate.Quotes;

namespace Storyline.Lab.Evaluation.Quotes;

/// <summary>The scores of one run over a dataset, split into direct quotes and all attributions.</summary>
public sealed record QuoteEvalResult(AttributionScore Direct, AttributionScore All, int Articles, double Seconds);

/// <summary>
/// Runs the quote detector over PolNeAR-format articles and scores it. Each annotator's annotation of an article
/// is a separate gold set; an article's counts are the mean over its annotators, so the few articles annotated
/// by all six annotators weigh as much as the others (union would count each attribution six times; picking one
/// annotator would throw away data).
/// </summary>
public static class QuoteEvaluation
{
    public static QuoteEvalResult Run(ImmutableArray<GoldArticle> articles)
    {
        var direct = AttributionScore.Zero;
        var all = AttributionScore.Zero;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var predicted = Predict(article.Text);
            var predictedDirect = predicted.Where(p => p.Direct).ToList();
            double w = 1.0 / article.Annotations.Length;
            foreach (var annotation in article.Annotations)
            {
                all = all.Add(AttributionScorer.Score(article.Text, predicted, annotation.Attributions).Scale(w));
                direct = direct.Add(AttributionScorer.Score(article.Text, predictedDirect,
                    annotation.Attributions.Where(a => a.Direct).ToList()).Scale(w));
            }
        }
        return new QuoteEvalResult(direct, all, articles.Length, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The detector's quotes of a text, in the scored form.</summary>
    public static List<AttributionSpans> Predict(string text) =>
        QuoteStage.Find(text).Select(q => new AttributionSpans(
            q.Parts.ToImmutableArray(),
            q.Speaker.IsEmpty ? ImmutableArray<Text.TextSpan>.Empty : [q.Speaker],
            q.Direct)).ToList();

    /// <summary>One unmatched item, for error analysis: a found item no gold matches ("extra") or a gold item not found ("missed").</summary>
    public sealed record Mismatch(string Article, string Kind, bool Direct, string Content, string? Speaker);

    /// <summary>The items behind the scores that did not match (first annotator of each article), for inspection.</summary>
    public static IEnumerable<Mismatch> Mismatches(ImmutableArray<GoldArticle> articles, bool directOnly)
    {
        foreach (var article in articles)
        {
            var predicted = Predict(article.Text).Where(p => !directOnly || p.Direct).ToList();
            var gold = article.Annotations[0].Attributions.Where(a => !directOnly || a.Direct).ToList();
            string Show(ImmutableArray<Text.TextSpan> spans) => string.Join(" | ", spans.Select(s => article.Text.Substring(s.Start, s.Length)));
            bool Matches(AttributionSpans a, AttributionSpans b)
            {
                int o = AttributionSpans.Overlap(a.Content, b.Content);
                return o > 0 && o >= AttributionScorer.MinOverlap * Math.Max(a.ContentLength, b.ContentLength);
            }
            foreach (var p in predicted)
            {
                var g = gold.FirstOrDefault(x => Matches(p, x));
                if (g is null) yield return new Mismatch(article.Id, "extra", p.Direct, Show(p.Content), Show(p.Source));
                else if (!AttributionScorer.SourceMatches(p.Source, g.Source))
                    yield return new Mismatch(article.Id, "speaker", p.Direct, Show(p.Content), Show(p.Source) + " <> gold " + Show(g.Source));
            }
            var everything = Predict(article.Text);
            foreach (var g in gold)
                if (!predicted.Any(p => Matches(p, g)))
                {
                    var near = everything.FirstOrDefault(p => AttributionSpans.Overlap(p.Content, g.Content) > 0);
                    yield return new Mismatch(article.Id, near is null ? "missed" : "missed-near", g.Direct, Show(g.Content),
                        near is null ? Show(g.Source) : "found: " + Show(near.Content));
                }
        }
    }

    public static EvalTable ToTable(QuoteEvalResult r, string dataset, string split)
    {
        var table = new EvalTable($"Quote attribution, PolNeAR {split}", Metrics);
        table.Add("storyline", new Dictionary<string, double?>
        {
            ["direct_content_p"] = r.Direct.Precision,
            ["direct_content_r"] = r.Direct.Recall,
            ["direct_content_f1"] = r.Direct.F1,
            ["direct_content_exact_f1"] = r.Direct.ExactF1,
            ["direct_source_acc"] = r.Direct.SourceAccuracy,
            ["all_content_p"] = r.All.Precision,
            ["all_content_r"] = r.All.Recall,
            ["all_content_f1"] = r.All.F1,
            ["all_content_exact_f1"] = r.All.ExactF1,
            ["all_source_acc"] = r.All.SourceAccuracy,
        });
        table.Notes.Add($"dataset: {dataset}, split {split}, {r.Articles} articles; gold direct {r.Direct.Gold:F0}, all {r.All.Gold:F0} (annotator-weighted)");
        table.Notes.Add("match: shared characters >= 50% of the longer content; exact: same non-space characters; source: predicted speaker >= 50% inside the gold source");
        table.Notes.Add($"{r.Articles / Math.Max(r.Seconds, 1e-9):F0} articles/s ({r.Seconds:F2} s)");
        return table;
    }

    public static readonly string[] Metrics =
    [
        "direct_content_p", "direct_content_r", "direct_content_f1", "direct_content_exact_f1", "direct_source_acc",
        "all_content_p", "all_content_r", "all_content_f1", "all_content_exact_f1", "all_source_acc",
    ];
}
