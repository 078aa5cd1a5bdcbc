using System.Collections.Immutable;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>
/// Finds and normalises temporal expressions with compiled rules over one language's <see cref="TimeVocabulary"/>.
/// The text is tokenised once; at each token the rule families (calendar dates, relative expressions, lengths, clock
/// times, recurrences, references to the present, past or future) each try to read an expression starting there, and
/// the longest reading wins. Values are computed against the anchor (the publication date) and the tense of the
/// clause, then a narrative pass puts "the following month", "that year", "the day before" on the story's last
/// mentioned time. Immutable after construction: one engine serves any number of threads.
/// </summary>
public sealed partial class TimexEngine
{
    // Any fixed day serves when no anchor is known: values that depend on it are made underspecified afterwards.
    private static readonly DateOnly Placeholder = new(2000, 6, 15);

    private readonly TimeLexicon _lex;

    /// <summary>The engine over the English pack's words, for callers outside the pipeline (resolvers, the lab); the
    /// time stage builds one per pack it has.</summary>
    public static TimexEngine English { get; } = new(LanguagePacks.English.Time);

    public TimexEngine(TimeVocabulary vocabulary) => _lex = new TimeLexicon(vocabulary);

    public TimeVocabulary Vocabulary => _lex.Vocabulary;

    /// <summary>Tags every sentence of <paramref name="text"/>, anchored at <paramref name="anchor"/> (the publication date) when known.</summary>
    public ImmutableArray<TimeExpression> Tag(string text, IEnumerable<TextSpan> sentences, DateOnly? anchor)
    {
        var tokens = TimeTokenizer.Tokenize(text, new TextSpan(0, text.Length), _lex);
        var doc = Document.Of(text, tokens, anchor ?? Placeholder, anchor is not null, _lex);
        var found = new List<Found>();
        int next = 0;
        foreach (var sentence in sentences)
        {
            while (next < tokens.Length && tokens[next].Start < sentence.Start) next++;
            int end = next;
            while (end < tokens.Length && tokens[end].End <= sentence.End) end++;
            if (end > next) new Scan(this, doc, next, end).Run(found);
            next = end;
        }
        AnchorToNarrative(doc, found);
        return Finish(doc, found);
    }

    /// <summary>Tags one stretch of text (a sentence or a phrase), appending to <paramref name="output"/> in text order.</summary>
    public void TagSentence(string text, TextSpan sentence, DateOnly? anchor, ICollection<TimeExpression> output)
    {
        var tokens = TimeTokenizer.Tokenize(text, sentence, _lex);
        var doc = Document.Of(text, tokens, anchor ?? Placeholder, anchor is not null, _lex);
        var found = new List<Found>();
        new Scan(this, doc, 0, tokens.Length).Run(found);
        AnchorToNarrative(doc, found);
        foreach (var e in Finish(doc, found)) output.Add(e);
    }

    /// <summary>The tense of the clause around <paramref name="expression"/> within <paramref name="sentence"/> (see <see cref="TenseDetector"/>).</summary>
    public Tense DetectTense(string text, TextSpan sentence, TextSpan expression)
    {
        var tokens = TimeTokenizer.Tokenize(text, sentence, _lex);
        int first = 0;
        while (first < tokens.Length && tokens[first].End <= expression.Start) first++;
        int last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < expression.End) last++;
        if (first >= tokens.Length) return Tense.Unknown;
        return new Scan(this, Document.Of(text, tokens, Placeholder, false, _lex), 0, tokens.Length).TenseAround(first, last);
    }

    private static ImmutableArray<TimeExpression> Finish(Document doc, List<Found> found)
    {
        var result = ImmutableArray.CreateBuilder<TimeExpression>(found.Count);
        foreach (var f in found)
        {
            int start = f.Start >= 0 ? f.Start : doc.Tokens[f.First].Start;
            int end = f.End >= 0 ? f.End : doc.Tokens[f.Last].End;
            // "Wednesday's ruling": the possessive is not part of the expression
            if (f.End < 0 && doc.Tokens[f.Last].Possessive) end -= 2;
            string value = f.Value;
            DateOnly? date = TimexValues.DayOf(value);
            if (!doc.Anchored)
            {
                value = Underspecify(value, doc.Text.AsSpan(start, end - start));
                date = null;
            }
            result.Add(new TimeExpression(TextSpan.FromBounds(start, end), f.Type, value, f.Type is TimexType.Date or TimexType.Time ? date : null));
        }
        return result.MoveToImmutable();
    }

    /// <summary>Without an anchor, a year the text does not state is unknown: "last week" stays XXXX-W…, not a guess.</summary>
    private static string Underspecify(string value, ReadOnlySpan<char> spanText)
    {
        if (value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]) && !spanText.Contains(value.AsSpan(0, 4), StringComparison.Ordinal))
            return "XXXX" + value[4..];
        return value;
    }
}

/// <summary>How an expression is tied to the story's last mentioned time instead of the publication date.</summary>
internal enum NarrativeKind : byte { None, Year, Month, Day, Weekday, DayPart }

/// <summary>A narrative tie: the kind, a shift in its unit ("the following month" +1) and, for weekdays and parts of day, which.</summary>
internal readonly record struct Narrative(NarrativeKind Kind, int Shift = 0, DayOfWeek Weekday = default, DayPart Part = default);

/// <summary>An expression read by a rule: tokens <see cref="First"/>..<see cref="Last"/> (or explicit characters when
/// <see cref="Start"/>/<see cref="End"/> are set), its type and value.</summary>
internal readonly record struct Found(int First, int Last, TimexType Type, string Value, Narrative Narrative = default, int Start = -1, int End = -1);

/// <summary>What the rules need to know about the whole document: its tokens, anchor and whether it is an earnings report.</summary>
internal sealed record Document(string Text, TimeToken[] Tokens, DateOnly Anchor, bool Anchored, bool Quarterly, (int Year, int Quarter) Reported)
{
    public static Document Of(string text, TimeToken[] tokens, DateOnly anchor, bool anchored, TimeLexicon lex)
    {
        int quarterMentions = 0;
        (int Year, int Quarter)? named = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Info is not { } info) continue;
            if ((info.Roles & Role.Unit) != 0 && info.Unit == TimeUnit.Quarter) quarterMentions++;
            else if ((info.Roles & Role.Frequency) != 0 && info.Frequency == TimeUnit.Quarter) quarterMentions++;
            // the quarter an earnings report is about: the first one it names by ordinal ("third-quarter profit")
            if (named is null && (info.Roles & Role.Ordinal) != 0 && info.Ordinal is >= 1 and <= 4)
            {
                int j = i + 1;
                while (j < tokens.Length && (tokens[j].Shape == Shape.Hyphen || tokens[j].Is(Role.Fiscal))) j++;
                if (j < tokens.Length && tokens[j].Info is { Unit: TimeUnit.Quarter } q && (q.Roles & Role.Unit) != 0)
                    named = (TimexValues.LatestBegun(anchor, info.Ordinal), info.Ordinal);
            }
        }
        var reported = named ?? (TimexValues.QuarterOf(anchor) == 1 ? (anchor.Year - 1, 4) : (anchor.Year, TimexValues.QuarterOf(anchor) - 1));
        return new Document(text, tokens, anchor, anchored, quarterMentions >= TimexSettings.QuarterlyMentions, reported);
    }
}
