namespace Storyline.Articles;

/// <summary>Text taken out while cleaning, kept so nothing is lost silently.</summary>
/// <param name="Text">The removed text, as it stood.</param>
/// <param name="Reason">A plain-language reason, from the cleaner's catalogue of removal reasons.</param>
/// <param name="RawStart">Where it stood in the raw (pre-clean) text, or -1 when unknown.</param>
public sealed record Removal(string Text, string Reason, int RawStart = -1);
