using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary><c>gazetteer import</c> run as a person runs it, against a real PostGIS: what it does twice, and its exit codes.</summary>
public sealed class ImportCommandTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task TheFirstRunImportsTheRealDataAndTheSampleAndTheSecondChangesNothing()
    {
        await WithEmptyDatabaseAsync(async (environment, connectionString) =>
        {
            var first = await GazetteerProcess.RunAsync(environment, ImportTimeout, "import", "--sample", "test");
            var afterFirst = await CountsAsync(connectionString);
            var second = await GazetteerProcess.RunAsync(environment, ImportTimeout, "import", "--sample", "test");

            Assert.True(first.ExitCode == 0, first.Error);
            Assert.Contains("Imported 23,391 divisions, 23,391 places", first.Output);
            Assert.Contains("Generated the test-scale sample", first.Output);
            Assert.Equal(23_391L, afterFirst.Official);
            Assert.Equal(3_666L, afterFirst.Sample);
            Assert.True(afterFirst.Runs >= 2, $"{afterFirst.Runs} import runs recorded");

            Assert.True(second.ExitCode == 0, second.Error);
            Assert.Contains("The real data was imported already", second.Output);
            Assert.Contains("The sample was generated already", second.Output);
            Assert.Equal(afterFirst, await CountsAsync(connectionString));
        });
    }

    [Fact]
    public async Task AFolderWithoutTheDataFilesFailsAndImportsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("gazetteer-import-").FullName;
        try
        {
            await WithEmptyDatabaseAsync(async (environment, connectionString) =>
            {
                var result = await GazetteerProcess.RunAsync(environment, ImportTimeout, "import", "--data", folder, "--sample", "none");

                Assert.Equal(ExitCodes.Failed, result.ExitCode);
                Assert.Contains("Nothing was imported", result.Error);
                Assert.Equal(new Counts(0, 0, 0), await CountsAsync(connectionString));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingDataFolderIsAUsageErrorThatNamesTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gazetteer-no-such-folder-" + Guid.NewGuid().ToString("N")[..8]);
        var before = await CountsAsync(database.ConnectionString);

        var result = await GazetteerProcess.RunAsync(EnvironmentFor(database.ConnectionString), "import", "--data", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(missing, result.Error);
        Assert.Contains("does not exist", result.Error);
        Assert.Equal(before, await CountsAsync(database.ConnectionString));
    }

    [Fact]
    public async Task AnUnknownSampleScaleIsAUsageError()
    {
        var result = await GazetteerProcess.RunAsync(EnvironmentFor(database.ConnectionString), "import", "--sample", "huge");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("full", result.Error);
        Assert.Contains("none", result.Error);
    }

    [Fact]
    public async Task AnUnreachableDatabaseSaysSoWithItsOwnExitCode()
    {
        var result = await GazetteerProcess.RunAsync(
            EnvironmentFor("Host=127.0.0.1;Port=1;Username=postgres;Database=gazetteer;Timeout=3"), "import", "--sample", "none");

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        Assert.Contains("Cannot connect", result.Error);
    }

    private static Dictionary<string, string> EnvironmentFor(string connectionString) => new() { ["GAZETTEER_DB"] = connectionString };

    private static async Task WithEmptyDatabaseAsync(Func<Dictionary<string, string>, string, Task> test)
    {
        var name = "gzt_import_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsAdmin($"CREATE DATABASE {name}");
        try
        {
            var connectionString = TestServer.ConnectionStringFor(name);
            await test(EnvironmentFor(connectionString), connectionString);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsAdmin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>Places of the real import, places of the sample, import runs (0, 0, 0 when the schema is all there is).</summary>
    private static async Task<Counts> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT CASE WHEN to_regclass('place') IS NULL THEN NULL ELSE 1 END
            """, connection);
        if (await command.ExecuteScalarAsync() is DBNull)
            return new Counts(0, 0, 0);
        await using var counts = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM place WHERE provenance = 'official'), (SELECT count(*) FROM place WHERE provenance = 'sample'),
                   (SELECT count(*) FROM import_run)
            """, connection);
        await using var reader = await counts.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Counts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task ExecuteAsAdmin(string sql)
    {
        await using var admin = new NpgsqlConnection(TestServer.AdminConnectionString().ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Counts(long Official, long Sample, long Runs);
}
