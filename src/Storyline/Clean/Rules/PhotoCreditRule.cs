using Storyline.Articles;
using Storyline.Text;
namespace Storyline.Clean.Rules;

/// <summary>
/// Photo credits ("© REUTERS / …", "Photo: …") and captions that carry a credit ("(AP Photo/…)",
/// "FILE – In this … file photo"). Captions are descriptions of a picture, not reporting.
/// </summary>
public sealed class PhotoCreditRule : ILineRule
{
    /// <summary>Captions run long (AP's are often 80+ words); beyond this a credit inside is more likely a quoted source.</summary>
    private const int MaxCaptionWords = 150;

    public string Name => "photo-credit";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        var prefix = context.Words.CreditPrefix.Match(text);
        if (prefix.Success)
        {
            bool file = prefix.Value.StartsWith(context.Words.FilePhotoPrefix, StringComparison.OrdinalIgnoreCase);
            return LineDecision.Remove(file ? RemovalReasons.PhotoCaption : RemovalReasons.PhotoCredit, Name);
        }
        if (context.Words.CreditInside.IsMatch(text) && WordCount.Of(text) <= MaxCaptionWords)
            return LineDecision.Remove(RemovalReasons.PhotoCaption, Name);
        return null;
    }
}
