using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Maps;

/// <summary>
/// A scratch database beside the registry for the change-feed benchmark: migrated, its change log
/// filled with generated place changes (actor 'bench (generated)'), dropped afterwards, so the
/// registry's own audit trail never holds benchmark rows.
/// </summary>
internal sealed class FeedBenchmarkDatabase : IAsyncDisposable
{
    private const string Name = "gazetteer_bench_feed";
    private readonly NpgsqlConnectionStringBuilder admin;

    private FeedBenchmarkDatabase(string registryConnectionString)
    {
        admin = new NpgsqlConnectionStringBuilder(registryConnectionString) { Database = "postgres", Pooling = false };
        ConnectionString = new NpgsqlConnectionStringBuilder(registryConnectionString) { Database = Name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<FeedBenchmarkDatabase> CreateAsync(string registryConnectionString, int changes, CancellationToken cancellationToken)
    {
        var database = new FeedBenchmarkDatabase(registryConnectionString);
        await database.ExecuteAsync(database.admin.ConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", cancellationToken);
        await database.ExecuteAsync(database.admin.ConnectionString, $"CREATE DATABASE {Name}", cancellationToken);
        await database.ExecuteAsync(database.ConnectionString, "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pg_trgm", cancellationToken);
        await using (var dataSource = GazetteerDataSource.Create(database.ConnectionString))
            await new Migrator(dataSource).MigrateAsync(cancellationToken);
        await database.ExecuteAsync(database.ConnectionString, $"""
            INSERT INTO change_log (entity, entity_id, op, actor, after)
            SELECT 'place', g::text, CASE WHEN g % 10 = 0 THEN 'update' ELSE 'insert' END, 'bench (generated)',
                   jsonb_build_object('id', g, 'name', '槐树' || g || '村', 'romanized', 'Huáishù Cūn', 'category', 'natural_village',
                       'division_code', '141024100201', 'status', 'current', 'provenance', 'sample', 'version', 1, 'aliases', '[]'::jsonb,
                       'geom', jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(111.6 + g / 1e6, 36.3)),
                       'point', jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(111.6 + g / 1e6, 36.3)),
                       'meaning', '因村口古槐得名（生成的样本）')
            FROM generate_series(1, {changes}) g
            """, cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
