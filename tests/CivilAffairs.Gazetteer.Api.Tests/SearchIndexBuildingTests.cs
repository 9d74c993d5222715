using System.Net;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API serves from its first request while the search index is built: search and autocomplete
/// answer UNAVAILABLE with the progress, /healthz shows the build, geocoding (which needs no index) works.
/// </summary>
public sealed class SearchIndexBuildingTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task WhileTheIndexIsBuiltSearchIsRefusedWithProgressAndGeocodingStillAnswers()
    {
        // A transaction holding the place table stalls the index build at its first read, for as long as the test needs.
        await using var blocker = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockPlaces = new NpgsqlCommand("LOCK TABLE place IN ACCESS EXCLUSIVE MODE", blocker, transaction))
            await lockPlaces.ExecuteNonQueryAsync();

        await using var factory = new ApiFactory(database.ConnectionString);
        var http = factory.CreateClient();
        var client = new GraphQLClient(http);
        var index = factory.Services.GetRequiredService<PlaceIndex>();
        await WaitForAsync(() => index.Status.State == SearchIndexStatus.Building);

        var health = await HealthAsync(http);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("degraded", health.Body["status"]!.GetValue<string>());
        Assert.Equal("building", health.Body["search"]!["state"]!.GetValue<string>());
        Assert.InRange(health.Body["search"]!["percent"]!.GetValue<int>(), 0, 99);

        var search = await client.PostAsync("{ search(text: \"洪洞\") { totalCount } }");
        Assert.Equal("UNAVAILABLE", search.FirstCode);
        Assert.Matches(@"^The search index is being built \(\d+%\), try again in a few seconds\.$", search.FirstMessage);
        var suggest = await client.PostAsync("{ autocomplete(prefix: \"hongt\") { text } }");
        Assert.Equal("UNAVAILABLE", suggest.FirstCode);

        var geocode = await client.DataAsync("{ geocode(address: \"山西省临汾市洪洞县大槐树镇东冯堡村3组15号\") { status best { code } } }");
        Assert.Equal("141024100212", geocode["geocode"]!["best"]!["code"]!.GetValue<string>());

        await transaction.RollbackAsync();
        await index.WhenReadyAsync(TimeSpan.FromMinutes(20));

        var ready = await HealthAsync(http);
        Assert.Equal("healthy", ready.Body["status"]!.GetValue<string>());
        Assert.Equal("ready", ready.Body["search"]!["state"]!.GetValue<string>());
        Assert.True(ready.Body["search"]!["documents"]!.GetValue<int>() > 20_000);
        var found = await client.DataAsync("{ search(text: \"洪洞县\", first: 1) { edges { node { name } } } }");
        Assert.Equal("洪洞县", found["search"]!["edges"]![0]!["node"]!["name"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition(), "the index build did not start within 30 s");
    }
}
