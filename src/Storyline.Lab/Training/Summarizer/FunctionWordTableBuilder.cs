using Storyline.Lab.Training.Summarizer;
using System.Collections.Immutable;
using Storyline.Text;

using Storyline.Summarize;
using Storyline.Language;

namespace Storyline.Lab.Training.Summarizer;

/// <summary>
/// Builds <see cref="FunctionWordTable"/> from reference summaries: for every function word (a word of
/// the English pack's function words, as ROUGE stems it) and, optionally, every word used by at least a given share of the
/// references, the share of references whose first N words use it at least k times. Deterministic: counts only, words
/// ordered by total count then ordinally.
/// </summary>
public static class FunctionWordTableBuilder
{
    /// <summary>Reference lengths tabulated: the evaluation budgets (100, 230) lie inside, DUC references are ~100 words,
    /// Multi-News references ~260.</summary>
    public static readonly ImmutableArray<int> DefaultLengths = [50, 100, 150, 200, 250, 300, 400];

    /// <summary>Probabilities below this are not stored (a count no reference of that length reaches in 2,000).</summary>
    public const double MinProbability = 0.0005;

    /// <summary>A token form is listed under its word when the references use it at least this often (rarer forms of "will" or "may" are mostly names).</summary>
    public const int MinFormCount = 5;

    /// <param name="references">Reference summaries (enumerated once).</param>
    /// <param name="stem">ROUGE's <c>-m</c> stem of a lower-cased token longer than 3 characters (WordNet exception, else Porter).</param>
    /// <param name="minReferenceShare">Also tabulate any word used by at least this share of references (0: function words only).</param>
    /// <param name="minFormCount">List a form that is not itself a function word only when the references use it this often.</param>
    public static FunctionWordTable Build(IEnumerable<string> references, Func<string, string> stem, IReadOnlyList<int>? lengths = null,
        double minReferenceShare = 0, int minFormCount = MinFormCount)
    {
        lengths ??= DefaultLengths;
        var keyOf = new Dictionary<string, int>(StringComparer.Ordinal); // form → key id
        var keys = new List<string>();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var formCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new List<(int Key, int Word)[]>();
        var keyDf = new List<int>();
        var seen = new HashSet<int>();
        foreach (var reference in references)
        {
            var tokens = new List<(int, int)>();
            seen.Clear();
            foreach (var (form, word) in Tokens(reference))
            {
                if (!keyOf.TryGetValue(form, out var id))
                {
                    var key = form.Length > 3 ? stem(form) : form;
                    if (!keyIds.TryGetValue(key, out id))
                    {
                        keyIds[key] = id = keys.Count;
                        keys.Add(key);
                        keyDf.Add(0);
                    }
                    keyOf[form] = id;
                }
                formCount[form] = formCount.GetValueOrDefault(form) + 1;
                tokens.Add((id, word));
                if (seen.Add(id)) keyDf[id]++;
            }
            docs.Add([.. tokens]);
        }
        if (docs.Count == 0) throw new ArgumentException("no reference summaries to build a function-word table from.");

        var included = new bool[keys.Count];
        foreach (var (form, id) in keyOf)
            if (LanguagePacks.English.FunctionWords.Contains(form)) included[id] = true;
        if (minReferenceShare > 0)
            for (int id = 0; id < keys.Count; id++)
                if (keyDf[id] >= minReferenceShare * docs.Count) included[id] = true;

        var total = new long[keys.Count];
        foreach (var doc in docs) foreach (var (id, _) in doc) total[id]++;
        var order = Enumerable.Range(0, keys.Count).Where(id => included[id])
            .OrderByDescending(id => total[id]).ThenBy(id => keys[id], StringComparer.Ordinal).ToList();

        var entries = new List<FunctionWordEntry>(order.Count);
        var counts = new int[keys.Count];
        var histograms = order.ToDictionary(id => id, _ => new List<int[]>());
        foreach (var n in lengths)
        {
            // per word: how many references use it exactly c times within their first n words
            var hist = order.ToDictionary(id => id, _ => new SortedDictionary<int, int>());
            foreach (var doc in docs)
            {
                Array.Clear(counts);
                foreach (var (id, word) in doc)
                    if (word < n) counts[id]++;
                foreach (var id in order)
                {
                    var h = hist[id];
                    h[counts[id]] = h.GetValueOrDefault(counts[id]) + 1;
                }
            }
            foreach (var id in order)
            {
                int max = hist[id].Keys.Max();
                var atLeast = new int[max + 1]; // atLeast[c] = references with count ≥ c
                foreach (var (c, refs) in hist[id]) atLeast[c] += refs;
                for (int c = max - 1; c >= 0; c--) atLeast[c] += atLeast[c + 1];
                histograms[id].Add(atLeast);
            }
        }
        foreach (var id in order)
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(lengths.Count);
            foreach (var atLeast in histograms[id])
            {
                var row = new List<double>();
                for (int k = 1; k < atLeast.Length; k++)
                {
                    double p = Math.Round((double)atLeast[k] / docs.Count, 4);
                    if (p < MinProbability) break;
                    row.Add(p);
                }
                rows.Add([.. row]);
            }
            var forms = keyOf.Where(f => f.Value == id && (formCount[f.Key] >= minFormCount || LanguagePacks.English.FunctionWords.Contains(f.Key)))
                .Select(f => f.Key).Order(StringComparer.Ordinal).ToImmutableArray();
            if (forms.IsEmpty) continue;
            entries.Add(new FunctionWordEntry(keys[id], forms, rows.MoveToImmutable()));
        }
        return new FunctionWordTable(lengths, entries);
    }

    /// <summary>Lower-cased tokens of a text with the index of the whitespace-separated word each lies in (ROUGE's tokens and <c>-l</c> words).</summary>
    internal static IEnumerable<(string Token, int Word)> Tokens(string text)
    {
        var token = new System.Text.StringBuilder();
        int word = -1;
        bool inWord = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool space = c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
            if (space) inWord = false;
            else if (!inWord) { inWord = true; word++; }
            if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { token.Append(c); continue; }
            if (token.Length > 0)
            {
                // a token never spans white space, so it lies in the current word
                yield return (token.ToString(), word);
                token.Clear();
            }
        }
    }
}
