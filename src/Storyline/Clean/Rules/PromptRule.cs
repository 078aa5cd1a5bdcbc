using Storyline.Articles;
using Storyline.Text;
namespace Storyline.Clean.Rules;

/// <summary>Subscription and login prompts, and promotional lines ("Get the latest news…", "Follow us on…").</summary>
public sealed class PromptRule : ILineRule
{
    /// <summary>Prompts are short; a long paragraph that happens to start with "Subscribe" is kept.</summary>
    private const int MaxPromptWords = 25;

    public string Name => "prompt";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text;
        if (WordCount.Of(text) > MaxPromptWords) return null;
        if (context.Words.SubscriptionPrompt.IsMatch(text))
            return LineDecision.Remove(RemovalReasons.Subscription, Name);
        if (context.Words.PromotionPhrase.IsMatch(text))
            return LineDecision.Remove(RemovalReasons.Promotion, Name);
        return null;
    }
}
