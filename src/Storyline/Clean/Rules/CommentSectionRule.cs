using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>A comment section ("Leave a Reply", "To participate in the discussion") ends the article:
/// that line and every line after it go.</summary>
public sealed class CommentSectionRule : ILineRule
{
    public string Name => "comment-section";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        if (context.CommentSectionStart >= 0 && line > context.CommentSectionStart)
            return LineDecision.Remove(RemovalReasons.CommentSection, Name);
        var text = context.Line(line).Text;
        if (context.Words.CommentFormLine.IsMatch(text))
            return LineDecision.Remove(RemovalReasons.CommentSection, Name);
        // a header only counts in the lower part of a page: the same words near the top are a menu
        if (context.Words.CommentSectionHeader.IsMatch(text) && line >= context.Lines.Count / 3)
        {
            context.CommentSectionStart = line;
            return LineDecision.Remove(RemovalReasons.CommentSection, Name);
        }
        return null;
    }
}
