namespace Storyline.Clean;

/// <summary>What the rules decided about one line: kept, or removed with a reason.</summary>
public readonly record struct LineDecision(bool Removed, string? Reason, string? Rule)
{
    public static LineDecision Keep => default;

    public static LineDecision Remove(string reason, string rule) => new(true, reason, rule);
}
