namespace Storyline.Compare.Facts;

/// <summary>Two ledger items that contradict each other, and how.</summary>
/// <param name="Kind"><c>figure</c> (different numbers for one quantity), <c>polarity</c> (one says it happened, one that it did not) or <c>date</c>.</param>
/// <param name="Description">One plain sentence for readers, e.g. "14 people vs 20 people".</param>
/// <param name="FactA">Index of one fact in the ledger.</param>
/// <param name="FactB">Index of the other.</param>
public sealed record Conflict(string Kind, string Description, int FactA, int FactB);
