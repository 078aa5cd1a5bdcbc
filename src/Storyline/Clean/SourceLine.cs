using Storyline.Text;

namespace Storyline.Clean;

/// <summary>One non-blank line of a draft's raw body: its trimmed span and text.</summary>
public sealed record SourceLine(int Index, TextSpan Span, string Text)
{
    /// <summary>Words (letter runs) in the line; cheap to recompute, so not cached.</summary>
    public int WordCount => Storyline.Text.WordCount.Of(Text);

    /// <summary>True when a blank line precedes it in the raw text.</summary>
    public bool AfterBlank { get; init; }
}
