using System.Buffers.Binary;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Text;

namespace Storyline.Server.Analysis;

/// <summary>
/// The entity layer as stored: 9 bytes a mention (start, length, type). It is all the grouper reads besides the text, so
/// regrouping after a restart needs no second pass of the entity tagger.
/// </summary>
public static class EntityCodec
{
    private const int Size = 9;

    public static byte[] Encode(ImmutableArray<EntityMention> mentions)
    {
        var bytes = new byte[mentions.Length * Size];
        for (int i = 0; i < mentions.Length; i++)
        {
            var span = bytes.AsSpan(i * Size, Size);
            BinaryPrimitives.WriteInt32LittleEndian(span, mentions[i].Span.Start);
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], mentions[i].Span.Length);
            span[8] = (byte)mentions[i].Type;
        }
        return bytes;
    }

    /// <summary>The mentions, or empty for a layer that does not fit the text (never trusted to index out of it).</summary>
    public static ImmutableArray<EntityMention> Decode(byte[] bytes, int textLength)
    {
        if (bytes.Length % Size != 0) return [];
        var list = ImmutableArray.CreateBuilder<EntityMention>(bytes.Length / Size);
        for (int i = 0; i < bytes.Length; i += Size)
        {
            var span = bytes.AsSpan(i, Size);
            int start = BinaryPrimitives.ReadInt32LittleEndian(span);
            int length = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
            if (start < 0 || length < 0 || start + length > textLength || span[8] > (byte)EntityType.Other) return [];
            list.Add(new EntityMention(new TextSpan(start, length), (EntityType)span[8]));
        }
        return list.MoveToImmutable();
    }
}
