using CivilAffairs.Gazetteer.Cli.Cluster;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Database;

/// <summary>
/// The `gazetteer` database inside the local cluster, with postgis and pg_trgm created before
/// the application's first connection (so Npgsql sees the geometry type from the start).
/// </summary>
internal static class ApplicationDatabase
{
    public static async Task EnsureAsync(int port, CancellationToken cancellationToken)
    {
        await using (var admin = new NpgsqlConnection(LocalCluster.AdminConnectionString(port) + ";Pooling=false"))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin);
            exists.Parameters.AddWithValue(LocalCluster.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {LocalCluster.DatabaseName}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using var application = new NpgsqlConnection(LocalCluster.ApplicationConnectionString(port) + ";Pooling=false");
        await application.OpenAsync(cancellationToken);
        await CreateExtensionsAsync(application, cancellationToken);
    }

    public static async Task CreateExtensionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm;", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
