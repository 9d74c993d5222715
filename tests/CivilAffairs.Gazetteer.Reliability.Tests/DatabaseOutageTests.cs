using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>PostgreSQL stopped and started again under a running node: clear answers, no hang, no restart needed.</summary>
public sealed class DatabaseOutageTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private const string PlacesQuery = $$"""{ places(filter: { divisionCode: "{{Seed.Division}}" }, first: 5) { totalCount edges { node { name } } } }""";

    /// <summary>An UNAVAILABLE answer comes well within this; Npgsql's defaults would wait 15 s to connect and 30 s per command.</summary>
    private static readonly TimeSpan QuickAnswer = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task WhilePostgreSQLIsStoppedRequestsAreUnavailableQuicklyAndTheServiceResumesWithoutARestart()
    {
        await using var node = new ApiNode(database.PrimaryConnectionString);
        var client = await node.StartAsync();
        await client.DataAsync(PlacesQuery);

        var answers = new ConcurrentBag<(TimeSpan Elapsed, HttpStatusCode Status, string? Code)>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                var (status, json) = await client.PostAsync(PlacesQuery);
                answers.Add((clock.Elapsed, status, json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>()));
            }
        })).ToList();

        await Task.Delay(300);
        await database.StopPrimaryAsync();
        await Task.Delay(1500);
        var whileDown = await client.PostAsync(PlacesQuery);
        using var healthWhileDown = await client.Http.GetAsync("/healthz");
        var searchWhileDown = await client.SearchAsync("样例3庄");

        await database.StartPrimaryAsync();
        var resumedAfter = await WaitUntilAnsweredAsync(client, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        using var healthAfter = await client.Http.GetAsync("/healthz");

        Assert.Equal("UNAVAILABLE", whileDown.Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("try again", whileDown.Json["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthWhileDown.StatusCode);
        Assert.False(JsonNode.Parse(await healthWhileDown.Content.ReadAsStringAsync())!["database"]!["reachable"]!.GetValue<bool>());
        // Search answers from the node's own index while the database is away.
        Assert.Contains("样例3庄", searchWhileDown);

        Assert.Contains(answers, a => a.Code == "UNAVAILABLE");
        Assert.All(answers, a => Assert.True(a.Code is null or "UNAVAILABLE", $"error code {a.Code} during the outage"));
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"HTTP {(int)a.Status} during the outage"));
        var slowest = answers.Max(a => a.Elapsed);
        Assert.True(slowest < QuickAnswer, $"the slowest answer took {slowest.TotalSeconds:0.0} s");

        Assert.True(resumedAfter < TimeSpan.FromSeconds(30), $"resumed {resumedAfter.TotalSeconds:0.0} s after PostgreSQL was back");
        Assert.Equal(HttpStatusCode.OK, healthAfter.StatusCode);
        // Once resumed it stays resumed: the pool holds no dead connection from before the stop.
        for (var i = 0; i < 20; i++)
            await client.DataAsync(PlacesQuery);
    }

    private static async Task<TimeSpan> WaitUntilAnsweredAsync(GraphQLClient client, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            var (status, json) = await client.PostAsync(PlacesQuery);
            if (status == HttpStatusCode.OK && json["errors"] is null)
                return clock.Elapsed;
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }
}
