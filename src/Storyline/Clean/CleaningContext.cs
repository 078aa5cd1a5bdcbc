using Storyline.Language;
using Storyline.Articles;

namespace Storyline.Clean;

/// <summary>What rules may know about the document being cleaned: its lines, earlier decisions and a profile.</summary>
public sealed class CleaningContext
{
    internal CleaningContext(IReadOnlyList<SourceLine> lines, DocumentProfile profile, ArticleMetadata metadata, BoilerplatePhrases words)
    {
        Words = words;
        Lines = lines;
        Profile = profile;
        Metadata = metadata;
        Decisions = new LineDecision[lines.Count];
    }

    public IReadOnlyList<SourceLine> Lines { get; }
    public DocumentProfile Profile { get; }
    public ArticleMetadata Metadata { get; }

    /// <summary>The page furniture of the document's language (see <see cref="Cleaner"/> for which pack).</summary>
    public BoilerplatePhrases Words { get; }

    /// <summary>Decisions so far: lines above the current one are final.</summary>
    public LineDecision[] Decisions { get; }

    /// <summary>Set by a rule when a comment section starts: every later line belongs to it.</summary>
    public int CommentSectionStart { get; internal set; } = -1;

    public SourceLine Line(int i) => Lines[i];

    private Dictionary<string, int>? _firstIndex;

    /// <summary>Index of the first line with exactly this text (built once, on first use).</summary>
    public int FirstOccurrence(string text)
    {
        if (_firstIndex is null)
        {
            _firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int k = 0; k < Lines.Count; k++) _firstIndex.TryAdd(Lines[k].Text, k);
        }
        return _firstIndex.TryGetValue(text, out int first) ? first : -1;
    }

    /// <summary>The nearest kept line above <paramref name="i"/>, or -1.</summary>
    public int PreviousKept(int i)
    {
        for (int k = i - 1; k >= 0; k--) if (!Decisions[k].Removed) return k;
        return -1;
    }

    /// <summary>True when a line above <paramref name="i"/> is kept. Rules ask it of every line, so it stops at the first
    /// kept line (counting them all made cleaning grow with the square of a long text's line count).</summary>
    public bool HasKeptBefore(int i)
    {
        for (int k = 0; k < i; k++) if (!Decisions[k].Removed) return true;
        return false;
    }
}
