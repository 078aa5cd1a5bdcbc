namespace Storyline.Ingest;

/// <summary>Reads one file into an <see cref="InputDocument"/>, refusing what is too large or unreadable.</summary>
public static class InputLoader
{
    /// <summary>Loads <paramref name="path"/>, or returns null with a plain-language <paramref name="error"/>.</summary>
    public static InputDocument? Load(string path, long maxBytes, out string? error)
    {
        error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { error = "no such file"; return null; }
            if (info.Length == 0) { error = "empty file"; return null; }
            if (info.Length > maxBytes)
            {
                error = $"file is {Size(info.Length)}, over the {Size(maxBytes)} limit for one input (raise it with --max-size)";
                return null;
            }
            var bytes = File.ReadAllBytes(path);
            if (IsGzip(bytes))
            {
                // saved pages often come gzipped ("page.html.gz"): read what is inside, under the same size limit
                if (Gunzip(bytes, maxBytes, out error) is not { } inner) return null;
                if (inner.Length == 0) { error = "empty file (inside gzip)"; return null; }
                bytes = inner;
            }
            return new InputDocument(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = "cannot be read: " + ex.Message;
            return null;
        }
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
