using System.IO.Compression;
using System.Text;

namespace Storyline.Tests.Support;

/// <summary>Gzipped text in memory, read from the start: what a model or table file holds, for loader tests.</summary>
internal static class Gzipped
{
    public static MemoryStream Text(string text)
    {
        var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Compress, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        stream.Position = 0;
        return stream;
    }
}
