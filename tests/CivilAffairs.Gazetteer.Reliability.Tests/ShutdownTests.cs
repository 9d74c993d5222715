using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>SIGTERM to a real API process: the request in flight finishes, new connections are refused, the process exits 0.</summary>
public sealed class ShutdownTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SigtermLetsTheRequestInFlightFinishRefusesNewConnectionsAndExitsZero()
    {
        await using var api = await ApiProcess.StartAsync(database.PrimaryConnectionString, new Dictionary<string, string>
        {
            ["Hosting__ShutdownTimeout"] = $"00:00:{ShutdownTimeout.TotalSeconds:00}",
        });

        // A slow request: the place table is locked, so the page waits in PostgreSQL until the lock goes.
        await using var locker = new NpgsqlConnection(database.PrimaryConnectionString + ";Pooling=false");
        await locker.OpenAsync();
        var transaction = await locker.BeginTransactionAsync();
        await using (var lockPlaces = new NpgsqlCommand("LOCK TABLE place IN ACCESS EXCLUSIVE MODE", locker, transaction))
            await lockPlaces.ExecuteNonQueryAsync();
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        var slow = http.PostAsJsonAsync("graphql", new { query = "{ places(first: 50) { totalCount edges { node { id name } } } }" });
        await WaitUntilAsync(() => WaitingOnPlaceLockAsync(database.PrimaryConnectionString), TimeSpan.FromSeconds(30),
            $"the request never reached PostgreSQL:\n{api.Output}");

        var clock = Stopwatch.StartNew();
        api.Terminate();
        // Shutdown begins: the listener closes while the request still waits for its rows.
        await WaitUntilAsync(async () => !await AcceptsAsync(api.Port), TimeSpan.FromSeconds(10),
            $"the API still accepted connections 10 s after SIGTERM:\n{api.Output}");
        Assert.False(slow.IsCompleted, "the slow request finished before the lock was released");
        Assert.False(api.HasExited, "the API exited with a request in flight");

        await Task.Delay(TimeSpan.FromSeconds(1));
        await transaction.RollbackAsync();
        using var response = await slow;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var exited = await api.WaitForExitAsync(ShutdownTimeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.Equal(Seed.Places, body["data"]!["places"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Seed.Places, body["data"]!["places"]!["edges"]!.AsArray().Count);
        Assert.True(exited, $"the API still ran {ShutdownTimeout.TotalSeconds:0} s after its request finished:\n{api.Output}");
        Assert.True(clock.Elapsed < ShutdownTimeout, $"shutdown took {clock.Elapsed.TotalSeconds:0.0} s, beyond its timeout of {ShutdownTimeout.TotalSeconds:0} s");
        Assert.True(api.ExitCode == 0, $"the API exited with {api.ExitCode}:\n{api.Output}");
    }

    /// <summary>
    /// Whether a session waits for a lock on place. Asked on a connection of its own: inside the locking
    /// transaction pg_stat_activity and pg_locks would answer from the snapshot of its first look.
    /// </summary>
    private static async Task<bool> WaitingOnPlaceLockAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE relation = 'place'::regclass AND NOT granted", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
                throw new Xunit.Sdk.XunitException(failure);
            await Task.Delay(100);
        }
    }
}
