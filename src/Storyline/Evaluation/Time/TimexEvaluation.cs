using System.Diagnostics;
using System.Text;
using Storyline.Annotate.Time;
using Storyline.Text;

namespace Storyline.Evaluation.Time;

/// <summary>
/// Runs the time tagger over a TempEval-3 style dataset and scores it. Documents are split by corpus:
/// the tagger's news rules were developed on TimeBank (the "dev" part) and AQUAINT is held out, so the
/// table reports both parts and the whole.
/// </summary>
public static class TimexEvaluation
{
    public static readonly string[] Metrics = ["strict_f1", "relaxed_f1", "value_f1", "type_f1", "value_acc", "ms_per_doc"];

    /// <summary>Which part of the split a document is in: TimeBank is the development part, everything else held out.</summary>
    public static string PartOf(TimexDocument d) =>
        d.Split.Contains("TimeBank", StringComparison.OrdinalIgnoreCase) ? "dev" : "held-out";

    public static EvalTable Run(IReadOnlyList<TimexDocument> documents, StringBuilder? errors = null)
    {
        if (!RecognizerModels.TryLoad(out var loadError)) throw new InvalidOperationException(loadError);
        var byPart = new SortedDictionary<string, (TimexCounts Counts, int Docs)>(StringComparer.Ordinal);
        var total = TimexCounts.Zero;
        var clock = Stopwatch.StartNew();
        foreach (var doc in documents)
        {
            var sentences = SentenceSplitter.Split(doc.Text).Select(s => s.Span);
            var system = TimexTagger.Tag(doc.Text, sentences, doc.Dct);
            var (counts, pairs) = TimexScorer.Score(doc.Gold, system);
            total = total.Add(counts);
            var part = PartOf(doc);
            byPart[part] = byPart.TryGetValue(part, out var p) ? (p.Counts.Add(counts), p.Docs + 1) : (counts, 1);
            if (errors is not null) WriteErrors(errors, doc, pairs);
        }
        double msPerDoc = documents.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / documents.Count;

        var table = new EvalTable("Temporal expressions (TempEval-3 scoring)", Metrics);
        Add(table, "storyline", total, documents.Count, msPerDoc);
        foreach (var (part, (counts, docs)) in byPart)
            Add(table, "storyline/" + part, counts, docs, null);
        table.Add("heideltime*", new Dictionary<string, double?> { ["strict_f1"] = 0.813, ["relaxed_f1"] = 0.903, ["value_f1"] = 0.776 });
        table.Add("sutime*", new Dictionary<string, double?> { ["strict_f1"] = 0.790, ["relaxed_f1"] = 0.915, ["value_f1"] = 0.674 });
        table.Notes.Add("value_f1 = 2PR/(P+R) with P = relaxed-matched pairs with equal value / system expressions, R = same / gold expressions (TempEval-3 attribute F1).");
        table.Notes.Add("dev = TimeBank documents (rules developed on them), held-out = the others (AQUAINT). * published, on the TE3 platinum test set, not this file.");
        return table;
    }

    private static void Add(EvalTable table, string name, TimexCounts c, int docs, double? msPerDoc) =>
        table.Add(name, new Dictionary<string, double?>
        {
            ["strict_f1"] = c.StrictF1, ["relaxed_f1"] = c.RelaxedF1, ["value_f1"] = c.ValueF1, ["type_f1"] = c.TypeF1,
            ["value_acc"] = c.ValueAccuracy, ["ms_per_doc"] = msPerDoc,
        }, new System.Text.Json.Nodes.JsonObject { ["docs"] = docs, ["gold"] = c.Gold, ["predicted"] = c.System, ["value_matched"] = c.ValueMatch, ["relaxed_matched"] = c.Relaxed });

    private static void WriteErrors(StringBuilder sb, TimexDocument doc, List<TimexPair> pairs)
    {
        foreach (var (g, s) in pairs)
        {
            if (g is not null && s is { } sys && g.Span == sys.Span && g.Value == sys.Value) continue;
            string sysText = s is { } x ? $"'{doc.Text.Substring(x.Span.Start, x.Span.Length)}' {x.TypeName} {x.Value}" : "-";
            string goldText = g is not null ? $"'{g.Text}' {g.Type} {g.Value}" : "-";
            string kind = g is null ? "FP" : s is null ? "FN" : g.Value != s.Value.Value ? "VAL" : "SPAN";
            int at = g?.Span.Start ?? s!.Value.Span.Start;
            int from = Math.Max(0, at - 60), to = Math.Min(doc.Text.Length, at + 60);
            sb.Append(kind).Append('\t').Append(doc.Doc).Append('\t').Append(doc.Dct?.ToString("yyyy-MM-dd")).Append('\t')
              .Append(goldText).Append('\t').Append(sysText).Append('\t').Append(doc.Text[from..to].Replace('\n', ' ')).Append('\n');
        }
    }
}
