namespace Storyline.Ingest;

/// <summary>
/// Turns one input of a given format into article drafts. Readers never throw for bad content:
/// they return a <see cref="ReadResult"/> with a <see cref="Storyline.Problems.Problem"/> naming what was wrong.
/// </summary>
public interface IArticleReader
{
    string Name { get; }

    /// <summary>How well this reader fits the input: 0 = not at all; the highest score wins.
    /// <paramref name="head"/> is the decoded start of the content, for sniffing.</summary>
    int Score(InputDocument document, ReadOnlySpan<char> head);

    ReadResult Read(InputDocument document, string text);
}
