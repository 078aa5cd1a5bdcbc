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
            return new InputDocument(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error = "cannot be read: " + ex.Message;
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
