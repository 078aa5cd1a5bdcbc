using System.CommandLine;
using Storyline.Server.Hosting;
using Storyline.Server.Settings;
using Storyline.Server.Store;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline serve</c>: the always-on tracker (store, feeds, watched folders, API, pages).</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store (a SQLite file; created on first run).", DefaultValueFactory = _ => "storyline.db" };
        var urls = new Option<string>("--urls") { Description = "Where to listen (e.g. http://127.0.0.1:5080; several separated by ';').", DefaultValueFactory = _ => DefaultUrls };
        var feeds = new Option<string[]>("--feed") { Description = "An RSS/Atom feed to follow (repeatable).", AllowMultipleArgumentsPerToken = false };
        var watch = new Option<string[]>("--watch") { Description = "A folder whose new and changed files are read (repeatable)." };
        var demo = new Option<bool>("--demo") { Description = "Read the sample articles in samples/ at start, so there are stories to see at once." };
        var command = new Command("serve", "Run the story tracker: stores articles, follows feeds and folders, keeps stories current, serves the API and the pages.")
        {
            db, urls, feeds, watch, demo,
        };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(urls)!, parse.GetValue(feeds) ?? [], parse.GetValue(watch) ?? [], parse.GetValue(demo)));
        return command;
    }

    private static int Run(string db, string urls, string[] feeds, string[] watch, bool demo)
    {
        string? samples = null;
        if (demo)
        {
            samples = FindSamples();
            if (samples is null)
            {
                Console.Error.WriteLine("storyline: --demo needs the samples/ folder of the repository (run from the repository, or beside it)");
                return 2;
            }
        }
        foreach (var folder in watch)
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"storyline: --watch {folder}: no such folder");
                return 2;
            }
        var options = new TrackerOptions
        {
            DatabasePath = db,
            Feeds = feeds,
            WatchFolders = watch,
            DemoFolder = samples,
        };
        try
        {
            var app = TrackerHost.Build(options, urls);
            Console.Error.WriteLine($"storyline: serving {Path.GetFullPath(db)} on {urls} (open {urls.Split(';')[0].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)}/ in a browser; Ctrl+C stops)");
            app.Run();
            return 0;
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"storyline: {ex.Message}");
            return 2;
        }
        catch (IOException ex) when (ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"storyline: cannot listen on {urls}: {ex.Message}");
            return 2;
        }
    }

    /// <summary>samples/ of the repository: beside the working directory, or above the program.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) return candidate;
            }
        }
        return null;
    }
}
