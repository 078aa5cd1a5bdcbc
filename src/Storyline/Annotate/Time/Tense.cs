using Storyline.Language;
namespace Storyline.Annotate.Time;

/// <summary>Which side of the anchor an expression with no year or week (e.g. "on Saturday") falls on.</summary>
public enum Tense : byte { Unknown, Past, Present, Future }
