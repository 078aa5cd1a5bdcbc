using Storyline.Problems;

namespace Storyline.Ingest;

/// <summary>Reads one file (or a stream such as standard input) into an <see cref="InputDocument"/>, refusing what is too large or unreadable.</summary>
public static class InputLoader
{
    /// <summary>Loads <paramref name="path"/>, or returns null with the <paramref name="problem"/> that stopped it.</summary>
    public static InputDocument? Load(string path, long maxBytes, out Problem? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { problem = new Problem(path, "no such file", ProblemCodes.InputNotFound); return null; }
            if (info.Length > maxBytes) { problem = TooLarge(path, info.Length, maxBytes); return null; }
            // a FIFO, a device or a /proc file says 0 bytes and may hold any amount: read it, under the limit
            bool sized = info.Length > 0;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return Load(path, stream, maxBytes, sized, out problem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = new Problem(path, "cannot be read: " + (ex is UnauthorizedAccessException ? "permission denied" : ex.Message), ProblemCodes.InputUnreadable);
            return null;
        }
    }

    /// <summary>Loads what <paramref name="stream"/> holds (standard input, a pipe), or returns null with a problem.</summary>
    public static InputDocument? Load(string source, Stream stream, long maxBytes, out Problem? problem) =>
        Load(source, stream, maxBytes, sized: false, out problem);

    private static InputDocument? Load(string source, Stream stream, long maxBytes, bool sized, out Problem? problem)
    {
        problem = null;
        try
        {
            if (ReadAtMost(stream, maxBytes) is not { } bytes)
            {
                problem = sized
                    ? new Problem(source, $"file is over the {Size(maxBytes)} limit for one input (raise it with --max-size)", ProblemCodes.InputTooLarge)
                    : new Problem(source, $"gave more than the {Size(maxBytes)} limit for one input without ending (a device such as /dev/zero, or a pipe that does not end?)", ProblemCodes.InputTooLarge);
                return null;
            }
            if (bytes.Length == 0)
            {
                problem = new Problem(source, "empty file", ProblemCodes.InputEmpty);
                return null;
            }
            if (IsGzip(bytes))
            {
                // saved pages often come gzipped ("page.html.gz"): read what is inside, under the same size limit
                if (Gunzip(bytes, maxBytes, out var error) is not { } inner)
                {
                    problem = new Problem(source, error!, error!.StartsWith("gzip content is over", StringComparison.Ordinal) ? ProblemCodes.InputTooLarge : ProblemCodes.GzipDamaged);
                    return null;
                }
                if (inner.Length == 0) { problem = new Problem(source, "empty file (inside gzip)", ProblemCodes.InputEmpty); return null; }
                bytes = inner;
            }
            return new InputDocument(source, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = new Problem(source, "cannot be read: " + ex.Message, ProblemCodes.InputUnreadable);
            return null;
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

    /// <summary>The content of a gzip file, refusing more than <paramref name="maxBytes"/> (a small file can unpack huge).</summary>
    internal static byte[]? Gunzip(byte[] bytes, long maxBytes, out string? error)
    {
        error = null;
        try
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    error = $"gzip content is over the {Size(maxBytes)} limit for one input (raise it with --max-size)";
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            // a cut-off file unpacks without complaint: the trailer's size (mod 2^32) tells
            if (bytes.Length < 18 || (uint)output.Length != BitConverter.ToUInt32(bytes, bytes.Length - 4))
            {
                error = "damaged gzip file: it ends early or its size check fails";
                return null;
            }
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            error = "damaged gzip file: " + ex.Message;
            return null;
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
