using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Language;

/// <summary>
/// The words of page furniture the cleaner removes: menus and buttons, "Related stories" headers, subscription
/// prompts, credit lines, bylines, comment forms, "Updated …" lines. Patterns are anchored to whole lines (or their
/// start) so a sentence of reporting that merely contains one of these words is never matched. Sets are case-insensitive.
/// </summary>
public sealed record BoilerplatePhrases
{
    /// <summary>Whole lines that are interface text: menus, buttons, widgets ("share this", "most read").</summary>
    public required FrozenSet<string> InterfaceLines { get; init; }

    /// <summary>Starts of interface lines that are about subscribing rather than navigating ("sign", "newsletter").</summary>
    public required FrozenSet<string> SubscriptionStarts { get; init; }

    /// <summary>Lines that open a block of links to other stories ("related stories", "read next").</summary>
    public required FrozenSet<string> RelatedBlockHeaders { get; init; }

    /// <summary>"READ MORE: …", "Related: …", "Watch: …": a teaser for another story.</summary>
    public required Regex ReadMorePrefix { get; init; }

    /// <summary>"© …", "Photo: …", "FILE – …": a credit line.</summary>
    public required Regex CreditPrefix { get; init; }

    /// <summary>The start of <see cref="CreditPrefix"/> that marks a file photo's caption rather than a credit ("file").</summary>
    public required string FilePhotoPrefix { get; init; }

    /// <summary>A credit inside a caption ("(AP Photo/…)", "Getty Images").</summary>
    public required Regex CreditInside { get; init; }

    /// <summary>Subscription and login prompts ("Subscribe", "Already a subscriber?").</summary>
    public required Regex SubscriptionPrompt { get; init; }

    /// <summary>Promotional phrases anywhere in a short line ("follow us on", "all rights reserved").</summary>
    public required Regex PromotionPhrase { get; init; }

    /// <summary>The header of a comment section ("Leave a Reply", "12 comments").</summary>
    public required Regex CommentSectionHeader { get; init; }

    /// <summary>A line of a comment form ("Your email address will not be published").</summary>
    public required Regex CommentFormLine { get; init; }

    /// <summary>A byline or credit line ("By Ana Ruiz", "OAN Newsroom", "Reporting by …").</summary>
    public required Regex BylineLine { get; init; }

    /// <summary>A byline naming the outlet's newsroom rather than a person ("OAN Newsroom", "Gullwing Wire Staff"); group
    /// <c>outlet</c> is the outlet's name.</summary>
    public required Regex NewsroomByline { get; init; }

    /// <summary>The word a byline starts with, followed by a space ("By "): the author's name follows it.</summary>
    public required string BylineLead { get; init; }

    /// <summary>"Updated …", "Published …" with a year: page metadata.</summary>
    public required Regex TimestampLine { get; init; }

    /// <summary>A lone number or counter ("353", "12 shares").</summary>
    public required Regex CounterLine { get; init; }

    /// <summary>Words left lower-case in Title Case headlines ("of", "the", "vs").</summary>
    public required FrozenSet<string> TitleMinorWords { get; init; }
}
