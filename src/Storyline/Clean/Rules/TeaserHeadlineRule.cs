using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>
/// Headlines of other stories dropped into the body: a Title Case line after the title that either
/// follows a caption or teaser (sites pair a thumbnail with a headline) or is signed with a source
/// ("… - Uruguay FM"). A subheading of the article itself is neither, and is kept.
/// </summary>
public sealed class TeaserHeadlineRule : ILineRule
{
    public string Name => "teaser-headline";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        if (!context.HasKeptBefore(line) || !HeadlineShape.IsTitleCaseHeadline(text, context.Words.TitleMinorWords)) return null;
        if (line > 0 && context.Decisions[line - 1] is { Removed: true } previous &&
            previous.Reason is RemovalReasons.PhotoCaption or RemovalReasons.PhotoCredit or RemovalReasons.RelatedHeadline or RemovalReasons.ReadMore)
            return LineDecision.Remove(RemovalReasons.RelatedHeadline, Name);
        if (PageShapes.SourceSuffix().IsMatch(text))
            return LineDecision.Remove(RemovalReasons.RelatedHeadline, Name);
        return null;
    }
}
