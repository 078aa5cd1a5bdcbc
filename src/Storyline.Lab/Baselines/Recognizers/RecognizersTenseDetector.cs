using Storyline.Annotate.Time;
using System.Collections.Frozen;
using Storyline.Text;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>
/// Guesses the tense of the clause an expression modifies from the nearest verb cue around it:
/// "will", "is to", "plans" mean future; a past form ("said", "met", "-ed") means past. Without a
/// tagger this is a cue search, good enough to decide which Saturday "on Saturday" is.
/// </summary>
internal static class RecognizersTenseDetector
{
    private static readonly FrozenSet<string> FutureCues = FrozenSet.ToFrozenSet(
        ["will", "'ll", "shall", "wo", "won't", "going", "planning", "preparing", "plans", "plan", "planned", "scheduled", "expected", "set",
         "upcoming", "next", "coming", "intends", "hopes", "until", "by", "tomorrow", "later", "would"],
        StringComparer.OrdinalIgnoreCase);

    // Cues that only count for future when they come before the expression ("by Friday", "until Monday").
    private static readonly FrozenSet<string> LeadingOnlyFutureCues = FrozenSet.ToFrozenSet(
        ["until", "by", "next", "coming", "upcoming", "set"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PresentCues = FrozenSet.ToFrozenSet(
        ["is", "are", "am", "says", "say", "today", "now", "this"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
        ["said", "was", "were", "had", "did", "told", "met", "went", "came", "took", "made", "gave", "began", "left",
         "held", "won", "lost", "saw", "sent", "fell", "rose", "got", "became", "brought", "thought", "found", "spoke",
         "ran", "struck", "shot", "wrote", "led", "paid", "sold", "bought", "kept", "fought", "broke", "chose", "drove",
         "flew", "knew", "grew", "threw", "sought", "stood", "swore", "taught", "understood", "withdrew", "overtook",
         "ago", "last", "earlier", "previous", "yesterday", "former", "since", "arrived", "slid", "sank", "shut", "hit",
         "quit", "cut", "spent", "lent", "meant", "felt", "heard", "caught", "rang", "sang", "drew", "hung", "froze",
         "forgot", "forgave", "bore", "tore", "wore", "woke", "oversaw", "underwent", "upheld", "withheld", "beat", "bid"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NotPastEd = FrozenSet.ToFrozenSet(
        ["need", "needed", "speed", "indeed", "proceed", "exceed", "succeed", "feed", "seed", "breed", "bed", "red", "shed",
         "wed", "led", "fled", "bled", "hundred", "united", "red", "armed", "based", "related", "called", "so-called",
         "alleged", "reported", "scheduled", "expected", "planned", "proposed", "elected", "detained", "closed", "wounded",
         "injured", "killed", "allied", "self-proclaimed", "limited", "advanced", "concerned", "interested", "involved",
         "renewed", "organized", "organised", "unidentified", "undisclosed", "named", "embattled", "disputed"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The tense of the clause around <paramref name="expression"/> within <paramref name="sentence"/>.</summary>
    public static Tense Detect(string text, TextSpan sentence, TextSpan expression, int window = RecognizersSettings.TenseWindow)
    {
        var tokens = new List<Token>(48);
        Tokenizer.Tokenize(text.AsSpan(), sentence, tokens);
        // "Wednesday's ruling" happened; "as soon as Tuesday" has not
        if (expression.End + 1 < text.Length && text[expression.End] is '\'' or '\u2019' && text[expression.End + 1] is 's' or 'S')
            return Tense.Past;
        // the recognizer may keep the cue inside the expression ("as early as Tuesday")
        var inside = text.AsSpan(expression.Start, expression.Length);
        if (inside.StartsWith("as soon as ", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("as early as ", StringComparison.OrdinalIgnoreCase))
            return Tense.Future;
        var before = text.AsSpan(sentence.Start, Math.Max(0, expression.Start - sentence.Start)).TrimEnd();
        if (before.EndsWith("as soon as", StringComparison.OrdinalIgnoreCase) || before.EndsWith("as early as", StringComparison.OrdinalIgnoreCase))
            return Tense.Future;
        int first = tokens.FindIndex(t => t.Span.End > expression.Start);
        if (first < 0) first = tokens.Count;
        int last = tokens.FindLastIndex(t => t.Span.Start < expression.End);
        if (last < first) last = first - 1;

        // Walk outwards from the expression, nearest token first, the left side winning ties:
        // English puts the verb before its time adverbial more often than after.
        for (int d = 1; d <= window; d++)
        {
            if (Classify(text, tokens, first - d, before: true) is { } left && left != Tense.Unknown) return left;
            if (Classify(text, tokens, last + d, before: false) is { } right && right != Tense.Unknown) return right;
        }
        return Tense.Unknown;
    }

    private static Tense? Classify(string text, List<Token> tokens, int index, bool before)
    {
        if (index < 0 || index >= tokens.Count) return null;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word) return Tense.Unknown;
        var word = text.Substring(token.Span.Start, token.Span.Length);
        if (FutureCues.Contains(word))
        {
            if (LeadingOnlyFutureCues.Contains(word) && !before) return Tense.Unknown;
            // "going" only as "going to"; "set"/"due" only as "set to"/"due to"; "were planning to drive … on Monday"
            if (word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase)
                || word.Equals("planning", StringComparison.OrdinalIgnoreCase) || word.Equals("preparing", StringComparison.OrdinalIgnoreCase)
                || word.Equals("expected", StringComparison.OrdinalIgnoreCase))
                return NextWordIs(text, tokens, index, "to") ? Tense.Future : Tense.Unknown;
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase))
                return Tense.Unknown; // direction only: leaves the verb to decide
            return Tense.Future;
        }
        if (IrregularPast.Contains(word)) return Tense.Past;
        // "is to resume trading Tuesday": the be-to future of news reports
        if (word is "is" or "are" or "Is" or "Are" && NextWordIs(text, tokens, index, "to")) return Tense.Future;
        if (PresentCues.Contains(word)) return Tense.Present;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPastEd.Contains(word)
            && char.IsLower(word[0]))
            return Tense.Past;
        return Tense.Unknown;
    }

    private static bool NextWordIs(string text, List<Token> tokens, int index, string word) =>
        index + 1 < tokens.Count && text.AsSpan(tokens[index + 1].Span.Start, tokens[index + 1].Span.Length)
            .Equals(word, StringComparison.OrdinalIgnoreCase);
}
