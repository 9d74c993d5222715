using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Data.Database;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>The service over a primary and a real PostgreSQL streaming replica of it.</summary>
public sealed class ReadReplicaTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    [Fact]
    public async Task ReadsGoToTheReplicaAndWritesToThePrimary()
    {
        await using var node = new ApiNode(database.PrimaryConnectionString, database.ReplicaConnectionString);
        _ = await node.StartAsync();

        var writes = node.Services.GetRequiredService<NpgsqlDataSource>();
        var reads = node.Services.GetRequiredKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey);

        Assert.False(await InRecoveryAsync(writes), "the data source for writes is a standby");
        Assert.True(await InRecoveryAsync(reads), "the data source for reads is not the replica");
    }

    [Fact]
    public async Task ReadsKeepAnsweringFromTheReplicaWhileThePrimaryIsStopped()
    {
        await using var node = new ApiNode(database.PrimaryConnectionString, database.ReplicaConnectionString);
        var client = await node.StartAsync();
        await database.ExecuteOnPrimaryAsync(Seed.NewPlaceSql("复制庄"));
        await WaitUntilFoundAsync(client, "复制庄", TimeSpan.FromSeconds(10));
        var before = await CountAsync(client);

        await database.StopPrimaryAsync();
        try
        {
            var during = await CountAsync(client);
            // The zoom-14 tile of the seed's villages, built by the replica's PostGIS.
            using var tile = await client.Http.GetAsync("/tiles/14/13271/6422.mvt");
            var tileBytes = await tile.Content.ReadAsByteArrayAsync();
            using var health = await client.Http.GetAsync("/healthz");
            var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;

            // The seed's places and the one written before the stop, read from the replica.
            Assert.True(before > Seed.Places, $"{before} places before the stop");
            Assert.Equal(before, during);
            Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
            Assert.NotEmpty(tileBytes);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.False(report["database"]!["reachable"]!.GetValue<bool>());
            Assert.True(report["replica"]!["reachable"]!.GetValue<bool>());
        }
        finally
        {
            await database.StartPrimaryAsync();
        }
    }

    internal static async Task WaitUntilFoundAsync(GraphQLClient client, string name, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!(await client.SearchAsync(name)).Contains(name))
        {
            Assert.True(clock.Elapsed < bound, $"{name} was not found within {bound.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private static async Task<int> CountAsync(GraphQLClient client)
    {
        var data = await client.DataAsync($$"""{ places(filter: { divisionCode: "{{Seed.Division}}" }, first: 1) { totalCount } }""");
        return data["places"]!["totalCount"]!.GetValue<int>();
    }

    private static async Task<bool> InRecoveryAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_is_in_recovery()");
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
