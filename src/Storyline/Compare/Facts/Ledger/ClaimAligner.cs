using Storyline.Annotate.Figures;
using Storyline.Compare.Figures;
using Storyline.Compare.Facts.Claims;
using Storyline.Similarity;
using Storyline.Text;

namespace Storyline.Compare.Facts.Ledger;

/// <summary>What two claims of different articles are to each other.</summary>
public enum ClaimRelation { None, Same, Contradicts }

/// <summary>One decision of the aligner, with the evidence that made it.</summary>
/// <param name="Figures">For a figure contradiction, the figure of each claim (the first claim's, then the second's).</param>
public readonly record struct Alignment(ClaimRelation Relation, double Score, string? ConflictKind, string? ConflictDescription, (Figure A, Figure B)? Figures = null);

/// <summary>
/// Decides whether two claims report the same fact, matching on what they are about (actors, event
/// type, figures) and not on shared words alone: "severed diplomatic relations" and "broke off
/// diplomatic ties" meet on the event type and the actors; "within 30 days" and "within a month" on an
/// equal duration. How many words they must share besides is the sentence matcher's decision, one
/// <see cref="MatchPurpose"/> per kind of other evidence. Contradictions need the same quantity with different figures,
/// or the same event with opposite polarity in the same news cycle (a later report of a change is a sequence, not a conflict).
/// </summary>
/// <param name="claims">The claims, in the order <paramref name="words"/> was prepared with.</param>
/// <param name="words">The sentence matcher's comparer over the claims.</param>
/// <param name="publishedDay">Article id → its publication day, when known.</param>
/// <param name="figures">The one rule for figures.</param>
public sealed class ClaimAligner(IReadOnlyList<Claim> claims, ISentenceComparer words, Func<string, DateOnly?> publishedDay, FigureRule figures)
{
    /// <summary>The sentence views of claims, for <see cref="ISentenceMatcher.Prepare"/>: the outlet's own words, in
    /// the terms the claim extractor collected, and the independent source that wrote each (so that a matcher with a
    /// language model runs it only where two sources can agree).</summary>
    public static IReadOnlyList<SentenceView> Views(IEnumerable<Claim> claims, Func<string, string?>? sourceOf = null) =>
        claims.Select(c => new SentenceView(c.Text, c.Terms, sourceOf?.Invoke(c.ArticleId))).ToList();

    public Alignment Align(int i, int j)
    {
        Claim a = claims[i], b = claims[j];
        if (a.ArticleId == b.ArticleId) return default;
        int sharedActors = a.Actors.Count(b.Actors.Contains);
        bool sameEvent = a.EventTypes.Overlaps(b.EventTypes);

        bool figureAgree = false, figureDiffers = false;
        string? figureConflict = null;
        (Figure, Figure)? conflicting = null;
        foreach (var fa in a.Figures)
            foreach (var fb in b.Figures)
            {
                var judged = figures.Compare(new StatedFigure(fa, a.Text, a.Span.Start), new StatedFigure(fb, b.Text, b.Span.Start));
                // an equal amount (rounded or not) identifies a fact, whatever the outlets say it counts; a common one ("two
                // countries") does not
                if (judged.Relation is FigureRelation.Agree or FigureRelation.Rounded && !FigureRule.IsTrivial(fa) && !FigureRule.IsTrivial(fb)) figureAgree = true;
                if (judged.Relation == FigureRelation.Conflict && figureConflict is null) (figureConflict, conflicting) = (judged.Description, (fa, fb));
                if (judged.Relation == FigureRelation.Compatible) figureDiffers = true;
            }

        var wordsAlone = words.Compare(i, j, MatchPurpose.FactSameWords);
        double terms = wordsAlone.Score;
        if (figureConflict is not null && !figureAgree && (sameEvent || words.Compare(i, j, MatchPurpose.FactConflict).Same))
            return new Alignment(ClaimRelation.Contradicts, terms, "figure", figureConflict, conflicting);

        // "Germany recognized the government" vs "France recognized the government": same words, different actor
        bool differentActors = (!a.Actors.IsEmpty && !b.Actors.IsEmpty && sharedActors == 0)
            || (a.Agent is not null && b.Agent is not null && a.Agent != b.Agent && !Names(b, a.AgentName) && !Names(a, b.AgentName));
        // "at least 14 killed" and "some 20 killed" may both be true, but they are not the same report
        if (figureDiffers && !figureAgree) return default;
        bool same =
            (figureAgree && (sameEvent || sharedActors > 0 || words.Compare(i, j, MatchPurpose.FactSameFigure).Same))
            || (!differentActors && sameEvent && sharedActors > 0 && words.Compare(i, j, MatchPurpose.FactSameEvent).Same)
            || (!differentActors && wordsAlone.Same);
        if (!same) return default;
        // "is dropping its plan to close the port" is a later state of the story, not the same fact as "close the port":
        // the timeline shows the two in sequence
        if (a.ReportsChange != b.ReportsChange) return default;

        double score = terms + (figureAgree ? 0.5 : 0) + (sameEvent ? 0.2 : 0) + 0.05 * sharedActors;
        if (a.Negated != b.Negated && sameEvent)
        {
            // "X did" vs "X did not": a contradiction only within one news cycle and when neither reports a change
            if (a.ReportsChange || b.ReportsChange || !SameCycle(a, b)) return default;
            return new Alignment(ClaimRelation.Contradicts, score, "polarity", null);
        }
        return new Alignment(ClaimRelation.Same, score, null, null);
    }

    /// <summary>True when the claim's text names the actor, even where the tagger missed the mention.</summary>
    private static bool Names(Claim claim, string? name) =>
        name is not null && ContentTerms.Fold(claim.Text).Contains(ContentTerms.Fold(name), StringComparison.Ordinal);

    private bool SameCycle(Claim a, Claim b) =>
        publishedDay(a.ArticleId) is { } da && publishedDay(b.ArticleId) is { } db
        && Math.Abs(da.DayNumber - db.DayNumber) <= ComparisonSettings.SameNewsCycleDays;
}
