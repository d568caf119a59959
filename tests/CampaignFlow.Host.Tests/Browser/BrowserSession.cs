using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>
/// Debian's /usr/bin/chromium driven by Playwright's driver from the NuGet package (its bundled node under
/// bin/.playwright; nothing is downloaded), in a fresh profile folder per test class.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>
    /// Waiting for a URL ends once the new page's HTML is parsed: Playwright's default also waits for its load event,
    /// which a loaded CI machine once did not see within 30 s; every later step waits for its own element anyway.
    /// </summary>
    public static readonly PageWaitForURLOptions Parsed = new() { WaitUntil = WaitUntilState.DOMContentLoaded };
    private IPlaywright? _playwright;

    public string ProfileFolder { get; } = Path.Combine(Path.GetTempPath(), "cf-chromium-" + Guid.NewGuid().ToString("N"));
    public IBrowserContext Context { get; private set; } = null!;

    /// <summary>Screenshots land here (TestResults/screenshots beside the test assembly's project).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>A new page signed in with the role's demo key, the profile's cookies cleared first (tests start signed out).</summary>
    public async Task<IPage> SignInAsync(RunningHost host, string role)
    {
        ArgumentNullException.ThrowIfNull(host);
        await Context.ClearCookiesAsync();
        var page = await Context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "login").ToString());
        await page.GetByLabel("API key").FillAsync(host.Keys[role]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns", Parsed);
        return page;
    }

    /// <summary>A full-page screenshot into <see cref="ScreenshotFolder"/>, kept as a test artifact.</summary>
    public static Task ShotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing; run tests/setup-debian.sh (apt-get install chromium).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(ProfileFolder, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        // Generous: the whole suite shares two cores with other work.
        Context.SetDefaultTimeout(30_000);
        Context.SetDefaultNavigationTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright?.Dispose();
        try { Directory.Delete(ProfileFolder, recursive: true); }
        catch (IOException) { }
    }
}
