using System.Collections.Immutable;
namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// The BILOU tag set the tagger decodes with (Ratinov &amp; Roth 2009 found it beats BIO for a linear model):
/// tag 0 is O; type t (0..3 = PER, ORG, LOC, MISC) owns tags B=1+4t, I=2+4t, L=3+4t, U=4+4t.
/// </summary>
internal static class NerTags
{
    public const int TypeCount = 4;
    public const int Count = 1 + 4 * TypeCount;
    public const int O = 0;

    /// <summary>CoNLL type names in tag order.</summary>
    public static readonly ImmutableArray<string> TypeNames = ["PER", "ORG", "LOC", "MISC"];

    public static readonly ImmutableArray<EntityType> EntityTypes = [EntityType.Person, EntityType.Organization, EntityType.Place, EntityType.Other];

    public static int B(int type) => 1 + 4 * type;
    public static int I(int type) => 2 + 4 * type;
    public static int L(int type) => 3 + 4 * type;
    public static int U(int type) => 4 + 4 * type;

    /// <summary>Entity type of a non-O tag.</summary>
    public static int TypeOf(int tag) => (tag - 1) / 4;

    /// <summary>0 = B, 1 = I, 2 = L, 3 = U.</summary>
    public static int PositionOf(int tag) => (tag - 1) % 4;

    public static int TypeIndex(string conllType) => TypeNames.IndexOf(conllType);

    /// <summary>Whether a phrase may be open after <paramref name="tag"/> (B or I).</summary>
    private static bool IsOpen(int tag) => tag != O && PositionOf(tag) is 0 or 1;

    /// <summary>Allowed transition <paramref name="from"/> → <paramref name="to"/>: an open phrase must continue with I or L of its type; otherwise only O, B or U may follow.</summary>
    public static bool Allowed(int from, int to)
    {
        if (IsOpen(from))
            return to != O && TypeOf(to) == TypeOf(from) && PositionOf(to) is 1 or 2;
        return to == O || PositionOf(to) is 0 or 3;
    }

    public static bool AllowedStart(int to) => to == O || PositionOf(to) is 0 or 3;

    public static bool AllowedEnd(int from) => !IsOpen(from);

    /// <summary>Tags for phrases (token ranges with a type index) over <paramref name="length"/> tokens.</summary>
    public static int[] FromPhrases(int length, IEnumerable<(int Start, int End, int Type)> phrases)
    {
        var tags = new int[length];
        foreach (var (start, end, type) in phrases)
        {
            if (end - start == 1) { tags[start] = U(type); continue; }
            tags[start] = B(type);
            for (int i = start + 1; i < end - 1; i++) tags[i] = I(type);
            tags[end - 1] = L(type);
        }
        return tags;
    }

    /// <summary>Phrases of a decoded (constraint-respecting) tag sequence.</summary>
    public static List<(int Start, int End, int Type)> ToPhrases(ReadOnlySpan<int> tags)
    {
        var phrases = new List<(int, int, int)>();
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == O) { start = -1; continue; }
            switch (PositionOf(t))
            {
                case 0: start = i; break;
                case 3: phrases.Add((i, i + 1, TypeOf(t))); start = -1; break;
                case 2:
                    phrases.Add((start < 0 ? i : start, i + 1, TypeOf(t)));
                    start = -1;
                    break;
                default:
                    if (start < 0) start = i;
                    break;
            }
        }
        return phrases;
    }

    /// <summary>IOB2 strings (B-X, I-X, O) for a decoded sequence, the form conlleval reads.</summary>
    public static string[] ToIob(ReadOnlySpan<int> tags)
    {
        var result = new string[tags.Length];
        Array.Fill(result, "O");
        foreach (var (start, end, type) in ToPhrases(tags))
        {
            result[start] = "B-" + TypeNames[type];
            for (int i = start + 1; i < end; i++) result[i] = "I-" + TypeNames[type];
        }
        return result;
    }
}
