using Storyline.Problems;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Expands what the user typed (files, folders, globs) into a sorted list of files, reporting
/// paths that match nothing. Sorting makes runs deterministic whatever the file system's order.
/// Folders are walked through links, but each real folder once: a link back up the tree
/// (<c>a -&gt; .</c>, <c>self -&gt; ..</c>) is reported and not followed again, and a file reached
/// by two paths is read once.
/// </summary>
public static class InputCollector
{
    public sealed record Collected(ImmutableArray<string> Files, ImmutableArray<Problem> Problems);

    /// <summary>More links than this on one path is a loop the file system itself would refuse (Linux ELOOP is 40).</summary>
    private const int MaxLinkHops = 40;

    public static Collected Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path)) continue;
            var found = new List<string>();
            // per input: a folder given twice, or inside another input, is still walked (its files are read once below)
            var seenFolders = new HashSet<string>(StringComparer.Ordinal);
            int problemsBefore = problems.Count;
            try
            {
                if (IsBrokenLink(path))
                {
                    problems.Add(new Problem(path, "a link to nothing (its target does not exist)", ProblemCodes.InputNotFound));
                    continue;
                }
                if (File.Exists(path)) found.Add(path);
                else if (Directory.Exists(path))
                    Walk(path, RealPath(path), seenFolders, found, problems, topLevel: true);
                else if (path.IndexOfAny(['*', '?']) >= 0)
                    found.AddRange(ExpandGlob(path, seenFolders, problems));
                else
                {
                    problems.Add(new Problem(path, "no such file or folder", ProblemCodes.InputNotFound));
                    continue;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new Problem(path, "cannot be read: " + Plain(ex), ProblemCodes.InputUnreadable));
                continue;
            }
            if (found.Count == 0)
            {
                // a folder that could not be read, or one that only loops back, already has its problem
                if (problems.Count == problemsBefore)
                    problems.Add(Directory.Exists(path)
                        ? new Problem(path, "folder has no files", ProblemCodes.FolderEmpty)
                        : new Problem(path, "pattern matches no file", ProblemCodes.PatternNoMatch));
                continue;
            }
            found.Sort(StringComparer.Ordinal);
            foreach (var f in found)
            {
                string key;
                try { key = RealPath(f); }
                catch (IOException) { key = Path.GetFullPath(f); }
                if (seenFiles.Add(key)) files.Add(f);
            }
        }
        return new Collected([.. files], problems.ToImmutable());
    }

    /// <summary>
    /// Adds the files under <paramref name="folder"/> (whose real path is <paramref name="real"/>), each real folder once.
    /// Links to folders are followed after the tree itself is read, so a file inside the tree keeps its own path and a
    /// link only adds what lies outside. A folder that cannot be listed is a problem, never a silent "no files".
    /// </summary>
    private static void Walk(string folder, string real, HashSet<string> seenFolders, List<string> found, ImmutableArray<Problem>.Builder problems, bool topLevel)
    {
        var links = new Queue<string>();
        WalkTree(folder, real, seenFolders, found, problems, links, topLevel);
        while (links.TryDequeue(out var link))
        {
            string target;
            try { target = RealPath(link); }
            catch (IOException ex)
            {
                problems.Add(new Problem(link, "cannot be read: " + Plain(ex), ProblemCodes.InputUnreadable));
                continue;
            }
            if (seenFolders.Contains(target))
                problems.Add(new Problem(link, $"a link to a folder already read ({target}); not followed again", ProblemCodes.FolderLinkLoop));
            else
                WalkTree(link, target, seenFolders, found, problems, links, topLevel: false);
        }
    }

    private static void WalkTree(string folder, string real, HashSet<string> seenFolders, List<string> found, ImmutableArray<Problem>.Builder problems, Queue<string> links, bool topLevel)
    {
        if (!seenFolders.Add(real)) return;
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                RecurseSubdirectories = false,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            })];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problems.Add(new Problem(folder, (topLevel ? "cannot be read: " : "folder cannot be read, its files are not used: ") + Plain(ex), ProblemCodes.InputUnreadable));
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Join(folder, entry.Name);
            if (entry is DirectoryInfo)
            {
                if (entry.LinkTarget is not null) links.Enqueue(path);
                else WalkTree(path, Path.Join(real, entry.Name), seenFolders, found, problems, links, topLevel: false);
            }
            else if (IsBrokenLink(path))
                problems.Add(new Problem(path, "a link to nothing (its target does not exist)", ProblemCodes.InputNotFound));
            else found.Add(path);
        }
    }

    /// <summary>
    /// The path with every link resolved, component by component (what <c>realpath</c> gives): two paths to one
    /// folder have the same real path, which is how loops are seen. Throws <see cref="IOException"/> on a link cycle.
    /// </summary>
    internal static string RealPath(string path)
    {
        // not Path.GetFullPath on the whole: "link/.." must go up from the link's target, not from where the link sits
        var full = Path.IsPathRooted(path) ? path : Path.Join(Environment.CurrentDirectory, path);
        string current = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Components(full[current.Length..]).Reverse());
        int hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? current; continue; }
            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null) { current = next; continue; }
            if (++hops > MaxLinkHops) throw new IOException("too many levels of links (a link loop)");
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target) ?? current;
            var rooted = Path.IsPathRooted(target) ? target[(Path.GetPathRoot(target)?.Length ?? 0)..] : target;
            foreach (var p in Components(rooted).Reverse()) pending.Push(p);
        }
        return current;
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A link whose final target does not exist (.NET's File.Exists says true for it).</summary>
    private static bool IsBrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException) { return true; } // a cycle of links leads nowhere either
    }

    /// <summary>The exception's message without the path .NET repeats after it.</summary>
    private static string Plain(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message.Split(" : '", 2)[0].TrimEnd('.', ' '),
    };

    /// <summary>Expands <c>*</c>, <c>?</c> and <c>**</c> (any number of folders).</summary>
    private static IEnumerable<string> ExpandGlob(string pattern, HashSet<string> seenFolders, ImmutableArray<Problem>.Builder problems)
    {
        var normalized = pattern.Replace('\\', '/');
        int firstWildcard = normalized.IndexOfAny(['*', '?']);
        int baseEnd = normalized.LastIndexOf('/', firstWildcard);
        string baseDir = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized[..baseEnd]);
        string rest = baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..];
        if (!Directory.Exists(baseDir)) return [];
        var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
        bool recursive = rest.Contains("**") || rest.Contains('/');
        var candidates = new List<string>();
        if (recursive) Walk(baseDir, RealPath(baseDir), seenFolders, candidates, problems, topLevel: true);
        else candidates.AddRange(Directory.EnumerateFiles(baseDir, "*", new EnumerationOptions { IgnoreInaccessible = false }));
        return candidates.Where(file => regex.IsMatch(Path.GetRelativePath(baseDir, file).Replace('\\', '/')));
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
