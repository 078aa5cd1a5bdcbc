using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Storyline.Language;

/// <summary>
/// The words claims are read by: kinds of events and the stems that report them, words of a changed plan, phrases that
/// attribute a claim, connectives that join two events in one sentence and the words that make a connective a time
/// phrase instead. Stems are the pack's content-term stems.
/// </summary>
public sealed class ClaimVocabulary
{
    private readonly FrozenDictionary<string, string> _typeByStem;

    /// <param name="eventTypes">Event types, each with the stems (or stem prefixes of four letters or more) that report it; the first type listed wins a shared stem.</param>
    public ClaimVocabulary(IEnumerable<(string Type, string[] Stems)> eventTypes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, stems) in eventTypes)
            foreach (var s in stems)
                map.TryAdd(s, type);
        _typeByStem = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Stems of words by which a later report says an earlier plan or statement changed ("scrap", "revers").</summary>
    public required FrozenSet<string> ChangeMarkers { get; init; }

    /// <summary>Words that negate an event after them ("not", "never"), and the suffix of a contracted one ("n't").</summary>
    public required FrozenSet<string> Negations { get; init; }

    public required string NegationSuffix { get; init; }

    /// <summary>Phrases that attribute a claim to someone (" said that ", "according to ").</summary>
    public required ImmutableArray<string> AttributionCues { get; init; }

    /// <summary>Connectives that join two reported events in one sentence (" after ", ", while ").</summary>
    public required ImmutableArray<string> Connectives { get; init; }

    /// <summary>The connective that may join two nouns in a comparison (", as") and what makes it one ("well as").</summary>
    public required string ComparativeConnective { get; init; }

    public required Regex ComparativeStart { get; init; }

    /// <summary>Words before a connective that make it a time phrase ("shortly after", "days after").</summary>
    public required FrozenSet<string> TimeLeaders { get; init; }

    /// <summary>Words after a connective that make it a time phrase ("after midnight"), besides weekday and month names.</summary>
    public required FrozenSet<string> TimeNouns { get; init; }

    /// <summary>Event types whose stems appear among <paramref name="terms"/> (a term may also start with a stem of four letters or more).</summary>
    public HashSet<string> EventTypesOf(IReadOnlySet<string> terms)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            if (_typeByStem.TryGetValue(t, out var type)) { types.Add(type); continue; }
            foreach (var (stem, ty) in _typeByStem)
                if (stem.Length >= 4 && t.StartsWith(stem, StringComparison.Ordinal)) { types.Add(ty); break; }
        }
        return types;
    }
}
