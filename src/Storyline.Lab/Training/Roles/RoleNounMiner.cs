using System.Collections.Immutable;
using Storyline.Language;

namespace Storyline.Lab.Training.Roles;

/// <summary>One token of a CoNLL-2003 line: the word, its part-of-speech tag (second column) and its NER tag (last).</summary>
public readonly record struct TaggedWord(string Word, string Pos, string Tag)
{
    public bool IsPerson => Tag.EndsWith("PER", StringComparison.Ordinal);
}

/// <summary>One mined word: how often it stood right before a person's name, before how many distinct names, and how
/// often it occurs at all (lower-case) in the same text.</summary>
public sealed record RoleNounCount(string Word, int BeforePerson, int DistinctNames, int Total, int TaggedVerb, bool InsideName)
{
    /// <summary>Tagged a verb in at least half of its places before a name ("beat Sampras", "replace Smith"). CoNLL's
    /// tags are a tagger's, and it often calls "midfielder" an adjective, so the test is against verbs, not for nouns.</summary>
    public bool MostlyVerb => 2 * TaggedVerb >= BeforePerson;

    /// <summary>Share of the word's occurrences that stand right before a name: high for "striker", low for "against".</summary>
    public double Share => Total == 0 ? 0 : (double)BeforePerson / Total;
}

/// <summary>Thresholds of <see cref="RoleNounMiner"/>; chosen by reading the candidates (docs/comparison.md, Framing).</summary>
public sealed record RoleNounThresholds(int MinBeforePerson = 3, int MinDistinctNames = 3, double MinShare = 0.2);

/// <summary>
/// Mines role nouns ("striker", "midfielder", "goalkeeper") from CoNLL-2003's gold person tags: lower-case words that stand
/// right before a person's name often enough, before enough distinct names, in a large enough share of their occurrences,
/// not tagged a verb there (CoNLL's part-of-speech column: "beat Sampras") and never written inside a name
/// ("van", "der"). Words the framing vocabulary already takes as roles (its hand list and agent-noun endings), function
/// words and words with a non-label ending (adverbs, past tenses) are left out. Deterministic: counts, then ordinal order.
/// </summary>
public static class RoleNounMiner
{
    /// <summary>Every candidate with its counts (for inspection), before thresholds, sorted by word.</summary>
    public static ImmutableArray<RoleNounCount> Count(IEnumerable<IReadOnlyList<TaggedWord>> sentences, FramingVocabulary framing, IReadOnlySet<string> functionWords)
    {
        // the vocabulary without a mined list: a rebuild does not depend on the list it replaces
        var hand = framing with { MinedRoleWords = System.Collections.Frozen.FrozenSet<string>.Empty };
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var verbs = new Dictionary<string, int>(StringComparer.Ordinal);
        var insideName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i].Word;
                if (sentence[i].IsPerson) { insideName.Add(word); continue; }
                if (!IsCandidate(word, hand, functionWords)) continue;
                total[word] = total.GetValueOrDefault(word) + 1;
                if (i + 1 >= sentence.Count || !sentence[i + 1].IsPerson) continue;
                before[word] = before.GetValueOrDefault(word) + 1;
                if (sentence[i].Pos.StartsWith("VB", StringComparison.Ordinal)) verbs[word] = verbs.GetValueOrDefault(word) + 1;
                int end = i + 1;
                while (end < sentence.Count && sentence[end].IsPerson) end++;
                if (!names.TryGetValue(word, out var set)) names[word] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(string.Join(' ', Enumerable.Range(i + 1, end - i - 1).Select(k => sentence[k].Word)));
            }
        }
        return [.. before.Keys.Order(StringComparer.Ordinal)
            .Select(w => new RoleNounCount(w, before[w], names[w].Count, total[w], verbs.GetValueOrDefault(w), insideName.Contains(w)))];
    }

    /// <summary>The candidates that pass the thresholds.</summary>
    public static ImmutableArray<RoleNounCount> Select(IEnumerable<RoleNounCount> counts, RoleNounThresholds thresholds) =>
        [.. counts.Where(c => c.BeforePerson >= thresholds.MinBeforePerson && c.DistinctNames >= thresholds.MinDistinctNames && c.Share >= thresholds.MinShare
            && !c.MostlyVerb && !c.InsideName)];

    /// <summary>Reads CoNLL-2003 columns (word first, part of speech second, NER tag last) into sentences.</summary>
    public static IEnumerable<IReadOnlyList<TaggedWord>> ReadConll(IEnumerable<string> lines)
    {
        var sentence = new List<TaggedWord>();
        foreach (var line in lines)
        {
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 3 || cols[0] == "-DOCSTART-")
            {
                if (sentence.Count > 0) { yield return sentence; sentence = []; }
                continue;
            }
            sentence.Add(new TaggedWord(cols[0], cols[1], cols[^1]));
        }
        if (sentence.Count > 0) yield return sentence;
    }

    /// <summary>A lower-case word of letters (a hyphen inside allowed) that the vocabulary does not already read.</summary>
    public static bool IsCandidate(string word, FramingVocabulary handVocabulary, IReadOnlySet<string> functionWords) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.All(c => char.IsLower(c) || c == '-') && !word.EndsWith('-')
        && !functionWords.Contains(word) && !handVocabulary.Breakers.Contains(word)
        && !handVocabulary.NonLabelEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal))
        && !handVocabulary.IsRole(word);
}
