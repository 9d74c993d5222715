using CivilAffairs.Gazetteer.Cli.Cluster;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Tests;

public sealed class LocalClusterTests(ThrowawayCluster throwaway) : IClassFixture<ThrowawayCluster>
{
    [Fact]
    public async Task StartsAnswersInUtf8WithPostgis15AndStops()
    {
        var cluster = throwaway.Cluster;

        var port = await cluster.StartAsync(CancellationToken.None);
        var running = await cluster.StatusAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(LocalCluster.AdminConnectionString(port) + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT current_setting('server_version_num')::int / 10000, pg_encoding_to_char(encoding), datcollate,
                       (SELECT count(*) FROM pg_available_extensions WHERE name IN ('postgis', 'pg_trgm'))
                FROM pg_database WHERE datname = current_database()
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(15, reader.GetInt32(0));
            Assert.Equal("UTF8", reader.GetString(1));
            Assert.Equal("C.UTF-8", reader.GetString(2));
            Assert.Equal(2, reader.GetInt64(3));
        }
        var stopped = await cluster.StopAsync(CancellationToken.None);
        var after = await cluster.StatusAsync(CancellationToken.None);
        var stoppedAgain = await cluster.StopAsync(CancellationToken.None);

        Assert.Equal(throwaway.Port, port);
        Assert.Equal(new ClusterStatus(true, true, port), running);
        Assert.True(File.Exists(cluster.LogFile));
        Assert.True(stopped);
        Assert.Equal(new ClusterStatus(true, false, null), after);
        Assert.False(stoppedAgain);
    }

    [Fact]
    public async Task AStartOnAPortAnotherProgramHoldsNamesThePortAndTheVariableToChange()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, throwaway.Port);
        listener.Start();
        try
        {
            var failure = await Assert.ThrowsAsync<CommandFailedException>(() => throwaway.Cluster.StartAsync(CancellationToken.None));

            Assert.Equal(ExitCodes.Usage, failure.ExitCode);
            Assert.Contains($"Port {throwaway.Port}", failure.Message);
            Assert.Contains(LocalCluster.PortVariable, failure.Message);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task AStartThatPostgresRefusesShowsTheEndOfTheServerLog()
    {
        var cluster = throwaway.Cluster;
        var autoConf = Path.Combine(cluster.DataDirectory, "postgresql.auto.conf");
        var original = await File.ReadAllTextAsync(autoConf);
        await File.WriteAllTextAsync(autoConf, original + "shared_buffers = 'plenty'\n");
        try
        {
            var failure = await Assert.ThrowsAsync<CommandFailedException>(() => cluster.StartAsync(CancellationToken.None));

            Assert.Contains("PostgreSQL did not start", failure.Message);
            Assert.Contains($"Last lines of {cluster.LogFile}", failure.Message);
            Assert.Contains("shared_buffers", failure.Message);
            Assert.Contains("gazetteer db up", failure.Message);
        }
        finally
        {
            await File.WriteAllTextAsync(autoConf, original);
        }
    }

    [Fact]
    public async Task AnUninitialisedFolderIsReportedWithTheCommandThatCreatesIt()
    {
        var cluster = new LocalCluster(Path.Combine(Path.GetTempPath(), "gzt-none-" + Guid.NewGuid().ToString("N")[..8]), throwaway.Port);

        var status = await cluster.StatusAsync(CancellationToken.None);
        var failure = await Assert.ThrowsAsync<CommandFailedException>(() => cluster.StartAsync(CancellationToken.None));

        Assert.Equal(new ClusterStatus(false, false, null), status);
        Assert.Contains("gazetteer db up", failure.Message);
    }

    [Theory]
    [InlineData("/srv/gazetteer/.local/pg", 54330, "/srv/gazetteer/.local/pg")]
    [InlineData("/home/someone/projects/a-checkout-with-a-rather-long-name/and/deeper/still/folders/.local/pg", 54330, null)]
    public void TheSocketLivesInTheDataFolderUnlessItsPathIsTooLong(string dataDirectory, int port, string? expected)
    {
        var socketDirectory = LocalCluster.SocketDirectoryFor(dataDirectory, port);

        if (expected is not null)
            Assert.Equal(expected, socketDirectory);
        else
            Assert.StartsWith("/tmp/gazetteer-", socketDirectory);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount($"{socketDirectory}/.s.PGSQL.{port}") < 107);
    }
}
