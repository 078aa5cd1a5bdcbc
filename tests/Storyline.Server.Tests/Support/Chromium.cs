using Microsoft.Playwright;

namespace Storyline.Server.Tests.Support;

/// <summary>
/// Debian's chromium, driven by Playwright. No browser is ever downloaded: Playwright launches the system binary
/// (<c>.ci/run</c> installs the <c>chromium</c> package when it is missing). Without it the browser tests skip, saying so.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public const string MissingMessage = "/usr/bin/chromium is absent (apt-get install chromium; .ci/run installs it): the browser tests need Debian's chromium and never download one.";

    public static bool Available => File.Exists(Path);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }
}

/// <summary>A test that needs chromium: skipped, with the reason, when it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Available) Skip = Chromium.MissingMessage;
    }
}
