using System.Diagnostics;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary>The import process killed outright (kill -9, a crashed machine) in the middle of writing.</summary>
public sealed class KilledImportTests(RealDataDatabase database) : IClassFixture<RealDataDatabase>
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(15);

    private const string Snapshot = """
        SELECT (SELECT count(*) FROM place)::text || '/' || (SELECT count(*) FROM division)::text || '/' ||
               (SELECT count(*) FROM import_run)::text || '/' || (SELECT max(import_run_id) FROM place)::text || '/' ||
               (SELECT name FROM place WHERE code = '141024000000')
        """;

    [Fact]
    public async Task AnImportKilledHalfwayLeavesTheOldDataQueryableAndARerunCompletes()
    {
        var environment = new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString };
        var before = await ScalarAsync(Snapshot);

        using (var import = GazetteerProcess.Start(environment, "import", "--force", "--sample", "none"))
        {
            _ = import.StandardError.ReadToEndAsync();
            // The progress lines say when the places are being written: kill it then, inside its transaction.
            var writing = await WaitForLineAsync(import, line => line.StartsWith("places:", StringComparison.Ordinal), ImportTimeout);
            Assert.True(writing, "the import ended before it wrote places");
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        // The server rolls the orphaned transaction back once it sees the connection gone.
        var afterKill = await WaitForSettledAsync(TimeSpan.FromSeconds(30));
        var rerun = await GazetteerProcess.RunAsync(environment, ImportTimeout, "import", "--force", "--sample", "none");
        var afterRerun = (await ScalarAsync(Snapshot)).Split('/');

        Assert.Equal(before, afterKill);
        Assert.EndsWith("/洪洞县", afterKill);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Contains("Imported 23,391 divisions, 23,391 places", rerun.Output);
        var old = before.Split('/');
        Assert.Equal(old[0], afterRerun[0]);
        Assert.Equal(old[1], afterRerun[1]);
        Assert.Equal(long.Parse(old[2]) + 1, long.Parse(afterRerun[2]));
        Assert.Equal("洪洞县", afterRerun[4]);
    }

    private static async Task<bool> WaitForLineAsync(Process process, Func<string, bool> wanted, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (wanted(line))
                return true;
        }
        return false;
    }

    /// <summary>The snapshot once no other session is inside a transaction on the database.</summary>
    private async Task<string> WaitForSettledAsync(TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (await ScalarAsync("SELECT count(*)::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL") != "0")
        {
            Assert.True(clock.Elapsed < bound, "the killed import's session is still open");
            await Task.Delay(100);
        }
        return await ScalarAsync(Snapshot);
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
