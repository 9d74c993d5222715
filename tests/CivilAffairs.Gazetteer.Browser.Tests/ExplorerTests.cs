using System.Globalization;
using CivilAffairs.Gazetteer.Data;
using Microsoft.Playwright;

namespace CivilAffairs.Gazetteer.Browser.Tests;

public sealed class ExplorerTests(ServedApi api, HeadlessChromium chromium) : IClassFixture<ServedApi>, IClassFixture<HeadlessChromium>
{
    private const string ScreenshotVariable = "GAZETTEER_UPDATE_SCREENSHOT";

    [Fact]
    public async Task TypingHongtPickingHongtongShowsItsRecordMovesTheMapAndAnAddressGeocodes()
    {
        var page = await chromium.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.Response += (_, answer) => { if (answer.Status >= 400) problems.Add($"{answer.Status} {answer.Url}"); };

        var response = await page.GotoAsync(api.Address + "");
        Assert.True(response?.Ok, $"GET / answered {response?.Status}: build the explorer (cd web/explorer && npm ci && npm run build).");
        await MapSettledAsync(page);
        Assert.True(await page.EvaluateAsync<int>("explorer.map.querySourceFeatures('gazetteer', { sourceLayer: 'counties' }).length") > 0,
            "The map drew no county from the service's tiles.");
        var before = await CenterAsync(page);

        await page.Locator("#search").PressSequentiallyAsync("hongt", new() { Delay = 60 });
        // The list answering the whole prefix (earlier keystrokes' answers may still arrive first).
        var suggestion = page.Locator("#suggestions[data-prefix='hongt'] li", new() { HasTextString = "洪洞县" }).First;
        await suggestion.ClickAsync();

        await Assertions.Expect(page.Locator("#record-name")).ToHaveTextAsync("洪洞县");
        await Assertions.Expect(page.Locator("#record-pinyin")).ToHaveTextAsync("Hóngtóng Xiàn");
        await Assertions.Expect(page.Locator("#record-chain")).ToContainTextAsync("临汾市");
        await MapSettledAsync(page);
        var after = await CenterAsync(page);
        Assert.NotEqual(before, after);
        Assert.InRange(after.Lon, 111.4, 111.9);
        Assert.InRange(after.Lat, 36.1, 36.5);
        Assert.True(await page.EvaluateAsync<int>("explorer.map.querySourceFeatures('gazetteer', { sourceLayer: 'townships' }).length") > 0,
            "At 洪洞县's zoom the map shows no township from the tiles.");

        await page.Locator("#address").FillAsync("山西省临汾市洪洞县大槐树镇");
        await page.Locator("#geocode-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#geocode-level")).ToHaveTextAsync("TOWNSHIP");
        var confidence = double.Parse(await page.Locator("#geocode-confidence").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(confidence, 0.5, 1.0);
        await Assertions.Expect(page.Locator("#geocode-result")).ToContainTextAsync("大槐树镇");
        await MapSettledAsync(page);

        var screenshot = Environment.GetEnvironmentVariable(ScreenshotVariable) == "1"
            ? Path.Combine(RepositoryPaths.Root(), "docs", "explorer.png")
            : Path.Combine(Path.GetTempPath(), "gazetteer-explorer.png");
        await page.ScreenshotAsync(new() { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Empty(problems);
    }

    private static async Task MapSettledAsync(IPage page) =>
        await page.WaitForFunctionAsync("document.body.dataset.mapIdle === 'true'", null, new() { Timeout = HeadlessChromium.Timeout });

    private static async Task<(double Lon, double Lat)> CenterAsync(IPage page)
    {
        var center = await page.EvaluateAsync<double[]>("explorer.map.getCenter().toArray()");
        return (Math.Round(center![0], 4), Math.Round(center[1], 4));
    }
}
