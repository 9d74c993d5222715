using Microsoft.Playwright;

namespace CivilAffairs.Gazetteer.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright's bundled driver, headless, with a fresh profile of its own;
/// never a downloaded browser. WebGL (MapLibre) runs through SwiftShader with these flags.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: install Debian's chromium and a CJK font (scripts/prerequisites.sh does it when run as root: apt-get install chromium fonts-wqy-zenhei).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
            ],
        });
        return (playwright, browser);
    }
}
