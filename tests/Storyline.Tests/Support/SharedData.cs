namespace Storyline.Tests.Support;

/// <summary>
/// Locates <c>../shared</c> (third-party data for tests and benchmarks, never committed).
/// Tests that need it use <see cref="SharedDataFactAttribute"/>, which skips them with a clear
/// message when it is absent, and only then.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static string? Directory => Root.Value;

    public static bool Available => Root.Value is not null;

    public static string RepoRoot { get; } = FindRepoRoot();

    public const string MissingMessage = "../shared is absent (the data folder beside the repo); this test needs it.";

    /// <summary>Absolute path of a file or folder under ../shared.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root.Value ?? throw new InvalidOperationException(MissingMessage), .. parts]);

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env)) return System.IO.Path.GetFullPath(env);
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Storyline.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Storyline.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available) Skip = SharedData.MissingMessage;
    }
}

/// <summary>A theory that needs ../shared: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available) Skip = SharedData.MissingMessage;
    }
}
