using System.Net;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class HealthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task HealthIsOkAndReadyWhenTheDatabaseAnswersAndIsMigrated()
    {
        using var response = await api.Factory.CreateClient().GetAsync("/healthz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["database"]!["reachable"]!.GetValue<bool>());
        Assert.True(body["ready"]!.GetValue<bool>());
    }

    [Fact]
    public async Task HealthIsServiceUnavailableWhenTheDatabaseIsUnreachable()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        await using var factory = new ApiFactory("Host=127.0.0.1;Port=1;Timeout=2");
        using var response = await factory.CreateClient().GetAsync("/healthz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(body["database"]!["reachable"]!.GetValue<bool>());
        Assert.False(body["ready"]!.GetValue<bool>());
        Assert.StartsWith("unreachable", body["database"]!["problem"]!.GetValue<string>());
    }
}
