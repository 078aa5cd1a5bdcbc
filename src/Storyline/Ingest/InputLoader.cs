using Storyline.Problems;

namespace Storyline.Ingest;

/// <summary>Reads one file (or a stream such as standard input) into an <see cref="InputDocument"/>, refusing what is too large or unreadable.</summary>
public static class InputLoader
{
    /// <summary>Loads <paramref name="path"/>: the document, or the problem (with its code) that kept it out.</summary>
    public static LoadResult Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return LoadResult.Failed(path, "no such file", ProblemCodes.InputNotFound);
            if (info.Length > maxBytes) return new LoadResult(null, TooLarge(path, info.Length, maxBytes));
            // a FIFO, a device or a /proc file says 0 bytes and may hold any amount: read it, under the limit
            bool sized = info.Length > 0;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return Load(path, stream, maxBytes, sized);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return LoadResult.Failed(path, "cannot be read: " + (ex is UnauthorizedAccessException ? "permission denied" : ex.Message), ProblemCodes.InputUnreadable);
        }
    }

    /// <summary>Loads what <paramref name="stream"/> holds (standard input, a pipe): the document, or the problem.</summary>
    public static LoadResult Load(string source, Stream stream, long maxBytes) => Load(source, stream, maxBytes, sized: false);

    private static LoadResult Load(string source, Stream stream, long maxBytes, bool sized)
    {
        try
        {
            if (ReadAtMost(stream, maxBytes) is not { } bytes)
                return sized
                    ? LoadResult.Failed(source, $"file is over the {Size(maxBytes)} limit for one input (raise it with --max-size)", ProblemCodes.InputTooLarge)
                    : LoadResult.Failed(source, $"gave more than the {Size(maxBytes)} limit for one input without ending (a device such as /dev/zero, or a pipe that does not end?)", ProblemCodes.InputTooLarge);
            if (bytes.Length == 0) return LoadResult.Failed(source, "empty file", ProblemCodes.InputEmpty);
            if (IsGzip(bytes))
            {
                // saved pages often come gzipped ("page.html.gz"): read what is inside, under the same size limit
                var unpacked = Gunzip(source, bytes, maxBytes);
                if (unpacked.Problem is { } problem) return new LoadResult(null, problem);
                if (unpacked.Bytes!.Length == 0) return LoadResult.Failed(source, "empty file (inside gzip)", ProblemCodes.InputEmpty);
                bytes = unpacked.Bytes;
            }
            return LoadResult.Ok(new InputDocument(source, bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return LoadResult.Failed(source, "cannot be read: " + ex.Message, ProblemCodes.InputUnreadable);
        }
    }

    private static Problem TooLarge(string path, long length, long maxBytes) =>
        new(path, $"file is {Size(length)}, over the {Size(maxBytes)} limit for one input (raise it with --max-size)", ProblemCodes.InputTooLarge);

    /// <summary>All of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxBytes) return null;
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8;

    /// <summary>What a gzip file holds, or why it could not be unpacked.</summary>
    internal sealed record Unpacked(byte[]? Bytes, Problem? Problem);

    /// <summary>The content of a gzip file, refusing more than <paramref name="maxBytes"/> (a small file can unpack huge).</summary>
    internal static Unpacked Gunzip(string source, byte[] bytes, long maxBytes)
    {
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                    return new Unpacked(null, new Problem(source, $"gzip content is over the {Size(maxBytes)} limit for one input (raise it with --max-size)",
                        ProblemCodes.InputTooLarge));
                output.Write(buffer, 0, read);
            }
            // a cut-off file unpacks without complaint: the trailer's size (mod 2^32) tells
            if (bytes.Length < 18 || (uint)output.Length != BitConverter.ToUInt32(bytes, bytes.Length - 4))
                return new Unpacked(null, new Problem(source, "damaged gzip file: it ends early or its size check fails", ProblemCodes.GzipDamaged));
            return new Unpacked(output.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return new Unpacked(null, new Problem(source, "damaged gzip file: " + ex.Message, ProblemCodes.GzipDamaged));
        }
    }

    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
