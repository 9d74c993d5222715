using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Workflow;

/// <summary>
/// The workflow benchmark's own database (gzt_bench_workflow) on the server GAZETTEER_DB names:
/// migrated, with the real Shanxi data imported (the importer skips it when it is in already).
/// The proposals the benchmark writes stay there, marked 基准测试 (benchmark) in applicant and rationale.
/// </summary>
internal static class WorkflowBenchmarkDatabase
{
    public const string Name = "gzt_bench_workflow";

    public static async Task<NpgsqlDataSource> PrepareAsync(CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable)
            ?? throw new InvalidOperationException($"Set {GazetteerDataSource.ConnectionStringVariable} to an admin connection string of a PostGIS server (Host=127.0.0.1;Port=5433;Username=postgres).");
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Name}'", connection);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                await new NpgsqlCommand($"CREATE DATABASE {Name}", connection).ExecuteNonQueryAsync(cancellationToken);
        }
        var dataSource = GazetteerDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = Name, MaxPoolSize = 20 }.ConnectionString);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            // The geometry type must exist before the data source maps types (a new database has no postgis yet).
            await new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm", connection).ExecuteNonQueryAsync(cancellationToken);
            await connection.ReloadTypesAsync(cancellationToken);
        }
        await new Migrator(dataSource).MigrateAsync(cancellationToken);
        await new RealDataImporter(dataSource, RepositoryPaths.DataDirectory()).ImportAsync(cancellationToken: cancellationToken);
        return dataSource;
    }
}
