using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Search;

/// <summary>
/// The database the search benchmark indexes: its own (gzt_bench_search) on the server GAZETTEER_DB
/// names, migrated, with the real 2023 divisions loaded as division rows when the place table is
/// still empty (the full import and the sample are not in main yet).
/// </summary>
internal static class SearchBenchmarkDatabase
{
    public const string Name = "gzt_bench_search";

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
        var dataSource = GazetteerDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString);
        await new Migrator(dataSource).MigrateAsync(cancellationToken);
        await LoadDivisionsAsync(dataSource, cancellationToken);
        return dataSource;
    }

    private static async Task LoadDivisionsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM division) + (SELECT count(*) FROM place)", connection))
            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > 0) return;

        var folder = Path.Combine(RepositoryPaths.DataDirectory(), "divisions-2023");
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY division (code, level, name, parent_code, provenance, source) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (file, level, parentColumn) in new[]
        {
            ("province.csv", "province", -1), ("cities.csv", "city", 2), ("counties.csv", "county", 2),
            ("townships.csv", "township", 2), ("villages.csv", "village", 2),
        })
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, file)).Skip(1))
            {
                var columns = line.Split(',').Select(c => c.Trim('"')).ToArray();
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(columns[0].PadRight(12, '0'), cancellationToken);
                await writer.WriteAsync(level, cancellationToken);
                await writer.WriteAsync(columns[1], cancellationToken);
                await writer.WriteAsync(parentColumn < 0 ? null : columns[parentColumn].PadRight(12, '0'), cancellationToken);
                await writer.WriteAsync("official", cancellationToken);
                await writer.WriteAsync("data/divisions-2023/" + file, cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }
}
