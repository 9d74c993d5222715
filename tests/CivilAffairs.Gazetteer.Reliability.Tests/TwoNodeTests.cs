using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// Two API nodes over one database, each with its own search index following change_log. A class of
/// its own: a primary restarted by another test leaves a hole in the change_log sequence (PostgreSQL
/// pre-allocates sequence values), which the followers wait out before passing.
/// </summary>
public sealed class TwoNodeTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    private static readonly TimeSpan VisibilityBound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ANameWrittenToThePrimaryIsFoundThroughBothNodesWithinTwoSeconds()
    {
        // Node A reads from the replica, node B from the primary; each has its own index.
        await using var nodeA = new ApiNode(database.PrimaryConnectionString, database.ReplicaConnectionString);
        await using var nodeB = new ApiNode(database.PrimaryConnectionString);
        var a = await nodeA.StartAsync();
        var b = await nodeB.StartAsync();
        Assert.NotEqual(nodeA.IndexFolder, nodeB.IndexFolder);
        Assert.Empty(await a.SearchAsync("双节点庄"));
        Assert.Empty(await b.SearchAsync("双节点庄"));

        var clock = Stopwatch.StartNew();
        await database.ExecuteOnPrimaryAsync(Seed.NewPlaceSql("双节点庄"));
        await Task.WhenAll(
            ReadReplicaTests.WaitUntilFoundAsync(a, "双节点庄", VisibilityBound),
            ReadReplicaTests.WaitUntilFoundAsync(b, "双节点庄", VisibilityBound));

        Assert.True(clock.Elapsed < VisibilityBound, $"found through both nodes after {clock.Elapsed.TotalMilliseconds:0} ms");
    }
}
