using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// A client that goes away stops its request: over real HTTP, the PostgreSQL query behind it is
/// cancelled at once, not left to run to its end or to the command timeout, and nothing is logged
/// as a failure.
/// </summary>
public sealed class ClientDisconnectTests(KestrelApiFixture api) : IClassFixture<KestrelApiFixture>
{
    /// <summary>Text only the places page query holds: its geometry-free column list.</summary>
    private const string PageQueryMark = "NULL::geometry, point";

    [Fact]
    public async Task AClientThatHangsUpStopsItsDatabaseQuery()
    {
        // A places query made slow for certain: the test holds a lock on the table the page reads, so
        // the query waits in PostgreSQL until it is cancelled or the lock goes.
        await using var locker = await api.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var lockPlaces = new NpgsqlCommand("LOCK TABLE place IN ACCESS EXCLUSIVE MODE", locker, transaction))
            await lockPlaces.ExecuteNonQueryAsync();

        using var http = new HttpClient { BaseAddress = api.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var hangUp = new CancellationTokenSource();
        var request = http.PostAsJsonAsync("/graphql", new { query = "{ places(filter: { divisionCode: \"14\" }, first: 100) { edges { node { name } } } }" }, hangUp.Token);

        var backend = await WaitForAsync(async () => await WaitingPageQueryAsync(), TimeSpan.FromSeconds(60), "the places query to wait on the lock in PostgreSQL");
        Assert.False(request.IsCompleted);

        var hungUpAt = Stopwatch.StartNew();
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        // The command timeout is 15 s and the request timeout 30 s: gone well before either, it was the hang-up that stopped it.
        await WaitForAsync(async () => await IsRunningAsync(backend!.Value) ? null : (int?)1, TimeSpan.FromSeconds(8), $"backend {backend} to stop the places query after the client hung up");
        Assert.True(hungUpAt.Elapsed < TimeSpan.FromSeconds(8));
        // Still locked: the query did not end because it got what it waited for.
        Assert.True(await HoldsLockAsync(locker), "the test's lock on place should still be held");
        await transaction.RollbackAsync();

        // The server's side of it is quiet: a client leaving is not a failure of the service.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var failures = api.Logs.Entries.Where(e => e.Level >= LogLevel.Error || e.Message.Contains("unhandled", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(failures.Count == 0, "Logged as failures: " + string.Join(" | ", failures));

        // And the service answers the next request normally.
        using var next = await http.PostAsJsonAsync("/graphql", new { query = "{ places(filter: { divisionCode: \"14\" }, first: 1) { edges { node { name } } } }" });
        Assert.Equal(System.Net.HttpStatusCode.OK, next.StatusCode);
        Assert.Contains("\"edges\"", await next.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The pid of the backend running the places page query while it waits on a lock, or null.</summary>
    private async Task<int?> WaitingPageQueryAsync()
    {
        await using var command = api.Database.DataSource.CreateCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND wait_event_type = 'Lock' AND position($2 in query) > 0");
        command.Parameters.AddWithValue(api.Database.Name);
        command.Parameters.AddWithValue(PageQueryMark);
        return await command.ExecuteScalarAsync() as int?;
    }

    private async Task<bool> IsRunningAsync(int pid)
    {
        await using var command = api.Database.DataSource.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND position($2 in query) > 0");
        command.Parameters.AddWithValue(pid);
        command.Parameters.AddWithValue(PageQueryMark);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<bool> HoldsLockAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'place'::regclass AND mode = 'AccessExclusiveLock' AND granted", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<int?> WaitForAsync(Func<Task<int?>> probe, TimeSpan bound, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"Waited {bound.TotalSeconds} s for {what}.");
    }
}
