extern alias cli;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Testing;
using cli::CivilAffairs.Gazetteer.Cli.Cluster;
using cli::CivilAffairs.Gazetteer.Cli.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// A PostgreSQL of the test class's own (a throwaway cluster in a temp folder on a free port, so
/// stopping it disturbs no other test), migrated and seeded with <see cref="Seed"/>; with a real
/// streaming replica of it (pg_basebackup) when <see cref="WithReplica"/>. Deleted afterwards.
/// </summary>
public class ThrowawayDatabase : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gzt-reliability-" + Guid.NewGuid().ToString("N")[..8]);
    private LocalCluster? primary;
    private LocalCluster? replica;

    protected virtual bool WithReplica => false;

    public string PrimaryConnectionString => LocalCluster.ApplicationConnectionString(Primary.Port);

    public string ReplicaConnectionString => LocalCluster.ApplicationConnectionString(
        (replica ?? throw new InvalidOperationException("This database has no replica.")).Port);

    private LocalCluster Primary => primary ?? throw new InvalidOperationException("The database is not created yet.");

    public async Task InitializeAsync()
    {
        primary = new LocalCluster(Path.Combine(folder, "pg"), FreePort.Find());
        await primary.InitializeAsync(CancellationToken.None);
        await primary.StartAsync(CancellationToken.None);
        await ApplicationDatabase.EnsureAsync(primary.Port, CancellationToken.None);
        await using (var dataSource = GazetteerDataSource.Create(PrimaryConnectionString))
        {
            await new Migrator(dataSource).MigrateAsync();
            await Seed.ApplyAsync(dataSource);
        }
        if (WithReplica)
        {
            replica = await primary.CreateReplicaAsync(Path.Combine(folder, "replica"), FreePort.Find(), CancellationToken.None);
            await replica.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>Stops the primary the way an operator or a crash-restart would (fast shutdown: sessions are cut).</summary>
    public Task StopPrimaryAsync() => Primary.StopAsync(CancellationToken.None);

    public Task StartPrimaryAsync() => Primary.StartAsync(CancellationToken.None);

    /// <summary>Runs SQL on the primary, in one transaction.</summary>
    public async Task ExecuteOnPrimaryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PrimaryConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
            await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (replica is not null)
            await replica.StopAsync(CancellationToken.None);
        if (primary is not null)
            await primary.StopAsync(CancellationToken.None);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
