using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Annotate.Figures;
using Storyline.Text;

namespace Storyline.Compare.Facts.Claims;

/// <summary>Whose voice a claim is in: the outlet's own narration, or a source it attributes the statement to.</summary>
public enum ClaimVoice { Narration, Attributed }

/// <summary>
/// One factual statement of an article (a sentence or a clause of one), with what it is compared on:
/// its actors, event type, figures, dates and content terms. Words inside quotation marks are not
/// the outlet's claim: they are left out of <see cref="Terms"/>, and a sentence that is only a quote
/// yields no claim (it belongs to the quote ledger).
/// </summary>
public sealed record Claim(
    string ArticleId,
    int Order,
    TextSpan Span,
    string Text,
    ClaimVoice Voice,
    ImmutableArray<string> Actors,
    string? Agent,
    string? AgentName,
    FrozenSet<string> EventTypes,
    bool Negated,
    bool ReportsChange,
    ImmutableArray<Figure> Figures,
    FrozenSet<string> Terms)
{
    /// <summary>The sentence the claim was cut from (the claim's own span when it is the whole sentence).</summary>
    public TextSpan Sentence { get; init; }
}
