using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>Per-client allowances of costly public reads (search, geocoding, spatial places, historian text) and of exports.</summary>
public sealed class ReadRateLimitTests(ReadLimitedApiFixture fixture) : IClassFixture<ReadLimitedApiFixture>
{
    private const string Search = "{ search(text: \"洪洞\", first: 1) { totalCount } }";

    [Fact]
    public async Task ExceedingTheReadBudgetIsRefusedWith429AndAnotherClientIsUnaffectedAndTheWindowResets()
    {
        using var heavy = Client("繁忙的地图应用");
        for (var i = 0; i < ReadLimitedApiFixture.Reads; i++)
        {
            var (okStatus, _, okBody) = await PostAsync(heavy, Search);
            Assert.True(okStatus == HttpStatusCode.OK && okBody["errors"] is null, okBody.ToJsonString());
        }

        var (status, retryAfter, body) = await PostAsync(heavy, Search);
        using var other = Client("另一家快递公司");
        var (otherStatus, _, otherBody) = await PostAsync(other, Search);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("LIMIT_EXCEEDED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains($"at most {ReadLimitedApiFixture.Reads}", message);
        Assert.Contains("Try again in", message);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, ReadLimitedApiFixture.WindowSeconds);
        Assert.True(otherStatus == HttpStatusCode.OK && otherBody["errors"] is null, otherBody.ToJsonString());

        // After the time the answer named, the client has a fresh window.
        await Task.Delay(retryAfter.Value + TimeSpan.FromMilliseconds(500));
        var (laterStatus, _, laterBody) = await PostAsync(heavy, Search);
        Assert.True(laterStatus == HttpStatusCode.OK && laterBody["errors"] is null, laterBody.ToJsonString());
    }

    [Fact]
    public async Task AGeocodeBatchCountsItsRowsAndCheapReadsAreNotCounted()
    {
        using var batcher = Client("批量地理编码");
        // Cheap reads (a division, autocomplete) take nothing from the allowance.
        for (var i = 0; i < ReadLimitedApiFixture.Reads + 2; i++)
        {
            var (cheapStatus, _, cheap) = await PostAsync(batcher, "{ division(code: \"141024\") { name } autocomplete(prefix: \"洪洞\", limit: 1) { text } }");
            Assert.True(cheapStatus == HttpStatusCode.OK && cheap["errors"] is null, cheap.ToJsonString());
        }

        var (batchStatus, _, batch) = await PostAsync(batcher,
            "{ geocodeBatch(addresses: [\"山西省临汾市洪洞县大槐树镇\", \"洪洞县\", \"临汾市\"]) { status } }");
        var (afterStatus, _, after) = await PostAsync(batcher, "{ geocode(address: \"洪洞县\") { status } }");

        Assert.True(batchStatus == HttpStatusCode.OK && batch["errors"] is null, batch.ToJsonString());
        Assert.Equal(3, batch["data"]!["geocodeBatch"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.TooManyRequests, afterStatus);
        Assert.Contains("geocode", after["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlacesWithASpatialFilterAndHistorianTextAreCountedAndPlainPagesAreNot()
    {
        using var mapper = Client("瓦片地图");
        for (var i = 0; i < ReadLimitedApiFixture.Reads + 2; i++)
        {
            var (plainStatus, _, plain) = await PostAsync(mapper, "{ places(first: 1) { edges { node { id } } } }");
            Assert.True(plainStatus == HttpStatusCode.OK && plain["errors"] is null, plain.ToJsonString());
        }
        for (var i = 0; i < ReadLimitedApiFixture.Reads - 1; i++)
        {
            var (bboxStatus, _, bbox) = await PostAsync(mapper, "{ places(first: 1, filter: { bbox: [111.5, 36.0, 111.8, 36.4] }) { edges { node { id } } } }");
            Assert.True(bboxStatus == HttpStatusCode.OK && bbox["errors"] is null, bbox.ToJsonString());
        }
        var (textStatus, _, text) = await PostAsync(mapper, "{ historicalNames(filter: { text: \"平阳\" }, first: 1) { totalCount } }");
        var (spentStatus, _, _) = await PostAsync(mapper, "{ places(first: 1, filter: { bbox: [111.5, 36.0, 111.8, 36.4] }) { edges { node { id } } } }");

        Assert.True(textStatus == HttpStatusCode.OK && text["errors"] is null, text.ToJsonString());
        Assert.Equal(HttpStatusCode.TooManyRequests, spentStatus);
    }

    [Fact]
    public async Task ASecondExportWithinTheWindowIsRefusedWith429AndRetryAfter()
    {
        using var exporter = Client("整库导出");
        using var first = await exporter.GetAsync("/export/historical-names.lpf.json", HttpCompletionOption.ResponseHeadersRead);
        using var second = await exporter.GetAsync("/changes/snapshot");
        var body = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter?.Delta);
        Assert.Equal("LIMIT_EXCEEDED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("Too many exports", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    private HttpClient Client(string subject)
    {
        var http = fixture.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(new Actor(subject, Role.Collector, "14")));
        return http;
    }

    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, JsonNode Body)> PostAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        return (response.StatusCode, response.Headers.RetryAfter?.Delta, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
