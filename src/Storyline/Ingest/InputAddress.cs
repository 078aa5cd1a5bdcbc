using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>What kind of thing one input the user typed names.</summary>
public enum InputKind
{
    /// <summary>A file, a folder or a pattern on this machine (a <c>file://</c> URL becomes its path).</summary>
    Path,
    /// <summary>An http(s) URL to fetch.</summary>
    Url,
    /// <summary><c>-</c>: standard input.</summary>
    StandardInput,
    /// <summary>A URL of a scheme nothing here can read (ftp:, mailto:, data:…).</summary>
    Unsupported,
}

/// <summary>Tells paths, URLs and <c>-</c> apart, so "ftp://…" is not reported as a missing file.</summary>
public static partial class InputAddress
{
    /// <summary>The kind of <paramref name="input"/>; <paramref name="path"/> is the local path for <see cref="InputKind.Path"/>.</summary>
    public static InputKind Classify(string input, out string path)
    {
        path = input;
        if (input == "-") return InputKind.StandardInput;
        var scheme = Scheme(input);
        if (scheme is null) return InputKind.Path;
        if (scheme is "http" or "https") return InputKind.Url;
        if (scheme == "file" && Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.IsFile)
        {
            path = uri.LocalPath;
            return InputKind.Path;
        }
        return InputKind.Unsupported;
    }

    /// <summary>The lower-case scheme of a "scheme://…" or "mailto:"-style address, or null for a path (a Windows drive "C:\" is a path).</summary>
    public static string? Scheme(string input)
    {
        var m = SchemePattern().Match(input);
        if (!m.Success) return null;
        var scheme = m.Groups[1].Value;
        // "C:\news" and "C:news" are drive paths, not URLs of scheme "c"
        if (scheme.Length == 1) return null;
        return m.Groups[2].Success || KnownSchemesWithoutSlashes.Contains(scheme.ToLowerInvariant()) ? scheme.ToLowerInvariant() : null;
    }

    private static readonly FrozenSet<string> KnownSchemesWithoutSlashes = FrozenSet.Create("mailto", "data", "javascript", "news", "tel", "urn");

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):(//)?")]
    private static partial Regex SchemePattern();
}
