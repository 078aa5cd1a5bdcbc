using Storyline.Articles;
using Storyline.Text;
namespace Storyline.Clean.Rules;

/// <summary>"READ MORE: …", "Related: …", "Watch: …" teasers for other stories.</summary>
public sealed class ReadMoreRule : ILineRule
{
    private const int MaxTeaserWords = 30;

    public string Name => "read-more";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        return context.Words.ReadMorePrefix.IsMatch(text) && WordCount.Of(text) <= MaxTeaserWords
            ? LineDecision.Remove(RemovalReasons.ReadMore, Name)
            : null;
    }
}
