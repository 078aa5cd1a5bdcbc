using System.Collections.Frozen;

namespace Storyline.Summarize;

/// <summary>Word lists the summarizer uses to judge sentences. Written for this project.</summary>
internal static class SummaryLexicon
{
    /// <summary>Openers that point back at something the reader has not seen: a summary sentence must not start with them.</summary>
    public static readonly FrozenSet<string> DanglingOpeners = (
        "he she it they them his her its their this these those that there we i you him our " +
        "but however also and so meanwhile still yet instead then moreover thus therefore besides nevertheless " +
        "furthermore otherwise hence likewise similarly nonetheless anyway indeed later earlier afterward afterwards " +
        "such both another other others all some each either neither").Split(' ')
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
