using System.Diagnostics;
using System.Text;
using Storyline.Annotate.Time;
using Storyline.Lab.Baselines.Recognizers;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Lab.Evaluation.Time;

/// <summary>
/// Runs the time tagger over a TempEval-3 style dataset and scores it. Documents are split by how the news rules
/// were made: rounds 1–4 read errors on TimeBank only ("dev"); round 5 also read the errors of every other AQUAINT
/// document in name order ("aquaint-read"); the rest of AQUAINT has never had its errors read ("held-out"), so that
/// row is the estimate for unseen text. The table reports each part and the whole.
/// </summary>
public static class TimexEvaluation
{
    public static readonly string[] Metrics = ["strict_f1", "relaxed_f1", "value_f1", "type_f1", "value_acc", "ms_per_doc"];

    /// <summary>Which part a document is in: TimeBank is "dev"; of the other documents, sorted by name, the first,
    /// third, fifth … are "aquaint-read" and the rest "held-out".</summary>
    public static string PartOf(TimexDocument d, IReadOnlySet<string> readHeldOut) =>
        d.Split.Contains("TimeBank", StringComparison.OrdinalIgnoreCase) ? "dev"
        : readHeldOut.Contains(d.Doc) ? "aquaint-read" : "held-out";

    /// <summary>The non-TimeBank documents whose errors were read in round 5: every other one in ordinal name order.</summary>
    public static HashSet<string> ReadHalf(IEnumerable<TimexDocument> documents)
    {
        var names = documents.Where(d => !d.Split.Contains("TimeBank", StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Doc).Distinct().Order(StringComparer.Ordinal).ToList();
        var read = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i += 2) read.Add(names[i]);
        return read;
    }

    /// <summary>A tagger under evaluation: <see cref="TimexTagger.Tag"/> or the Recognizers baseline.</summary>
    public delegate System.Collections.Immutable.ImmutableArray<TimeExpression> Tagger(string text, IEnumerable<TextSpan> sentences, DateOnly? anchor);

    /// <summary>
    /// Scores the engine ("storyline" rows) and, when <paramref name="baseline"/>, the Microsoft.Recognizers tagger
    /// it replaced ("recognizers" rows) on the same documents and sentence splits. <paramref name="errors"/> receives
    /// the mismatches of the engine on TimeBank and the read AQUAINT half only: the held-out half's errors are never
    /// listed, so that its score stays an estimate for unseen text.
    /// </summary>
    public static EvalTable Run(IReadOnlyList<TimexDocument> documents, StringBuilder? errors = null, bool baseline = true)
    {
        var readHalf = ReadHalf(documents);
        var sentences = documents.Select(d => SentenceSplitter.Split(d.Text, LanguagePacks.English.Sentences).Select(s => s.Span).ToArray()).ToArray();
        var table = new EvalTable("Temporal expressions (TempEval-3 scoring)", Metrics);
        Score(table, "storyline", documents, sentences, readHalf, TimexTagger.Tag, errors);
        if (baseline)
        {
            if (!RecognizerModels.TryLoad(out var loadError)) throw new InvalidOperationException(loadError);
            Score(table, "recognizers", documents, sentences, readHalf, RecognizersTimexTagger.Tag, null);
        }
        table.Add("heideltime*", new Dictionary<string, double?> { ["strict_f1"] = 0.813, ["relaxed_f1"] = 0.903, ["value_f1"] = 0.776 });
        table.Add("sutime*", new Dictionary<string, double?> { ["strict_f1"] = 0.790, ["relaxed_f1"] = 0.915, ["value_f1"] = 0.674 });
        table.Notes.Add("value_f1 = 2PR/(P+R) with P = relaxed-matched pairs with equal value / system expressions, R = same / gold expressions (TempEval-3 attribute F1).");
        table.Notes.Add("dev = TimeBank documents; aquaint-read = every other AQUAINT document by name (errors may be read); held-out = the rest of AQUAINT, never read. * published, on the TE3 platinum test set, not this file.");
        table.Notes.Add("storyline = own rule engine (TimexEngine); recognizers = the Microsoft.Recognizers.Text tagger it replaced (baseline). ms_per_doc: tagging only, sentences split beforehand, one thread.");
        return table;
    }

    private static void Score(EvalTable table, string name, IReadOnlyList<TimexDocument> documents, TextSpan[][] sentences,
        IReadOnlySet<string> readHalf, Tagger tagger, StringBuilder? errors)
    {
        // tag first, timed alone; score afterwards
        _ = tagger(documents[0].Text, sentences[0], documents[0].Dct); // warm-up (JIT, model build)
        var outputs = new System.Collections.Immutable.ImmutableArray<TimeExpression>[documents.Count];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < documents.Count; i++)
            outputs[i] = tagger(documents[i].Text, sentences[i], documents[i].Dct);
        double msPerDoc = documents.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / documents.Count;

        var byPart = new SortedDictionary<string, (TimexCounts Counts, int Docs)>(StringComparer.Ordinal);
        var total = TimexCounts.Zero;
        for (int i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var (counts, pairs) = TimexScorer.Score(doc.Gold, outputs[i]);
            total = total.Add(counts);
            var part = PartOf(doc, readHalf);
            byPart[part] = byPart.TryGetValue(part, out var p) ? (p.Counts.Add(counts), p.Docs + 1) : (counts, 1);
            if (errors is not null && part != "held-out") WriteErrors(errors, doc, pairs);
        }
        Add(table, name, total, documents.Count, msPerDoc);
        foreach (var (part, (counts, docs)) in byPart)
            Add(table, name + "/" + part, counts, docs, null);
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
