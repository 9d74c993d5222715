using Microsoft.Playwright;

namespace CivilAffairs.Gazetteer.Browser.Tests;

public sealed class GraphiQLTests(ServedApi api, HeadlessChromium chromium) : IClassFixture<ServedApi>, IClassFixture<HeadlessChromium>
{
    [Fact]
    public async Task GraphiQLRunsTheDeliveryExampleAndShowsTheGeocodedTownship()
    {
        var page = await chromium.NewPageAsync();
        var problems = new List<string>();
        var elsewhere = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, answer) =>
        {
            if (answer.Status >= 400) problems.Add($"{answer.Status} {answer.Url} for {answer.Request.PostData?[..Math.Min(answer.Request.PostData.Length, 300)]}");
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(api.Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };

        // A browser asks for text/html: the endpoint answers with the GraphiQL page instead of a GraphQL error.
        var response = await page.GotoAsync(api.Address + "graphql");
        Assert.True(response?.Ok, $"GET /graphql answered {response?.Status}: install the page's scripts (cd web/graphiql && npm ci).");
        await Assertions.Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("geocode(address: \"山西省临汾市洪洞县大槐树镇\"");

        var answered = page.WaitForResponseAsync(r => r.Url.StartsWith(api.Address + "graphql", StringComparison.Ordinal) && r.Request.Method == "POST"
            && (r.Request.PostData ?? "").Contains("query Delivery", StringComparison.Ordinal));
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var answer = await answered;
        Assert.Equal(200, answer.Status);

        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("141024100");
        await Assertions.Expect(result).ToContainTextAsync("大槐树镇");
        await Assertions.Expect(result).ToContainTextAsync("TOWNSHIP");
        Assert.DoesNotContain("\"errors\"", await result.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.True(elsewhere.Count == 0, $"The page fetched from outside the service: {string.Join(", ", elsewhere)}");
    }
}
