using Microsoft.Playwright;

namespace CivilAffairs.Gazetteer.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver, headless, with a fresh profile of its own;
/// never a downloaded browser. WebGL (MapLibre) runs through SwiftShader with these flags.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The machine running the tests may be loaded: pages get time, and fail with what they showed.</summary>
    public const float Timeout = 60_000;

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: install Debian's chromium and a CJK font (scripts/prerequisites.sh does it when run as root: apt-get install chromium fonts-wqy-zenhei).");
        Assertions.SetDefaultExpectTimeout(Timeout);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
            ],
        });
    }

    /// <summary>A new 1280x800 page with the long default timeout.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        page.SetDefaultTimeout(Timeout);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
