using System.Text;

namespace Storyline.Cli.Commands;

/// <summary>
/// The <c>--out</c> file: checked before the work starts (a folder, a path under a file, a folder that cannot be
/// written), then written whole through a temporary file beside it, so a failure never leaves half a report or
/// destroys the previous one.
/// </summary>
internal static class ReportFile
{
    /// <summary>Why <paramref name="path"/> cannot take a report, or null when it can.</summary>
    public static string? Check(string path)
    {
        try
        {
            if (path.Length == 0) return "the path is empty";
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full)) return "it is a folder; give a file name (e.g. report.html)";
            if (Path.EndsInDirectorySeparator(path)) return "it names a folder; give a file name (e.g. report.html)";
            if (File.Exists(full) && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly)) return "the file is read-only";
            // the nearest folder that exists must be a folder, and writable (the missing ones are created there)
            var folder = Path.GetDirectoryName(full);
            while (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (File.Exists(folder)) return $"{folder} is a file, not a folder";
                folder = Path.GetDirectoryName(folder);
            }
            if (string.IsNullOrEmpty(folder)) return "no folder of the path exists";
            try
            {
                var probe = Path.Join(folder, $".storyline-{Guid.NewGuid():N}.tmp");
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"no file can be created in {folder} ({(ex is UnauthorizedAccessException ? "permission denied" : "the file system refuses")})";
            }
            if (File.Exists(full))
                using (new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) { }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Reason(ex);
        }
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> whole; returns why it failed, or null.</summary>
    public static string? Write(string path, string content)
    {
        string? temp = null;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            temp = Path.Join(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            temp = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Reason(ex);
        }
        finally
        {
            if (temp is not null) try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder of the path does not exist",
        _ => ex.Message.Split(" : '", 2)[0].TrimEnd('.', ' '),
    };
}
