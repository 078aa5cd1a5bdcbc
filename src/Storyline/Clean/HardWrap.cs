namespace Storyline.Clean;

/// <summary>
/// Detects text wrapped at a fixed width (old wire copy, e-mail, DUC/TREC files): there a line break
/// inside a paragraph is layout, not structure, and consecutive lines must be joined again.
/// </summary>
public static class HardWrap
{
    /// <summary>Wrapped lines are long; 40 characters keeps short chrome lines ("World", "Subscribe") out of the evidence.</summary>
    private const int MinWrappedLength = 40;

    /// <summary>Share of adjacent line pairs that must look like a wrap. Seeds (not wrapped) score 0–0.1, DUC documents 0.8–1.</summary>
    private const double MinWrapShare = 0.5;

    public static bool IsHardWrapped(IReadOnlyList<SourceLine> lines)
    {
        int pairs = 0, wraps = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].AfterBlank) continue;
            pairs++;
            var text = lines[i].Text;
            var next = lines[i + 1].Text;
            bool continues = !HeadlineShape.EndsLikeSentence(text) || char.IsLower(next[0]);
            if (text.Length >= MinWrappedLength && continues) wraps++;
        }
        return pairs >= 3 && wraps >= MinWrapShare * pairs;
    }
}
