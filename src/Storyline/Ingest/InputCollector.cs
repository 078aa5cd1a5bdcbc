using Storyline.Problems;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Expands what the user typed (files, folders, globs) into a sorted list of files, reporting
/// paths that match nothing. Sorting makes runs deterministic whatever the file system's order.
/// </summary>
public static class InputCollector
{
    public sealed record Collected(ImmutableArray<string> Files, ImmutableArray<Problem> Problems);

    public static Collected Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path)) continue;
            var found = new List<string>();
            try
            {
                if (File.Exists(path)) found.Add(path);
                else if (Directory.Exists(path))
                    found.AddRange(EnumerateFolder(path));
                else if (path.IndexOfAny(['*', '?']) >= 0)
                    found.AddRange(ExpandGlob(path));
                else
                {
                    problems.Add(new Problem(path, "no such file or folder"));
                    continue;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new Problem(path, "cannot be read: " + ex.Message));
                continue;
            }
            if (found.Count == 0)
            {
                problems.Add(new Problem(path, Directory.Exists(path) ? "folder has no files" : "pattern matches no file"));
                continue;
            }
            found.Sort(StringComparer.Ordinal);
            foreach (var f in found)
                if (seen.Add(Path.GetFullPath(f))) files.Add(f);
        }
        return new Collected([.. files], problems.ToImmutable());
    }

    private static IEnumerable<string> EnumerateFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        });

    /// <summary>Expands <c>*</c>, <c>?</c> and <c>**</c> (any number of folders).</summary>
    private static IEnumerable<string> ExpandGlob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(['*', '?']);
        int baseEnd = normalized.LastIndexOf('/', firstWildcard);
        string baseDir = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized[..baseEnd]);
        string rest = baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..];
        if (!Directory.Exists(baseDir)) yield break;
        var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
        bool recursive = rest.Contains("**") || rest.Contains('/');
        var options = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(baseDir, "*", options))
        {
            var relative = Path.GetRelativePath(baseDir, file).Replace('\\', '/');
            if (regex.IsMatch(relative)) yield return file;
        }
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders
                if (i + 2 < glob.Length && glob[i + 2] == '/') { sb.Append("(?:.*/)?"); i += 2; }
                else { sb.Append(".*"); i++; }
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
