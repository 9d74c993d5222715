using System.Globalization;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Geocoding;

/// <summary>
/// The imported registry as it is (nothing loaded; see FullDataDatabase for the full-scale one): the database GAZETTEER_DB names, else the
/// `gazetteer` database of the local cluster (port GAZETTEER_DB_PORT, default 54330) as
/// `gazetteer db up` and `gazetteer import` leave it.
/// </summary>
internal static class GeocodeBenchmarkDatabase
{
    private const int LocalClusterDefaultPort = 54330;

    public static string ConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(connectionString)) return connectionString;
        var port = int.TryParse(Environment.GetEnvironmentVariable("GAZETTEER_DB_PORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : LocalClusterDefaultPort;
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=gazetteer";
    }

    public static async Task<NpgsqlDataSource> OpenAsync(CancellationToken cancellationToken)
    {
        var dataSource = GazetteerDataSource.Create(ConnectionString());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM division WHERE level = 'village'", connection);
        if ((long)(await count.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            await dataSource.DisposeAsync();
            throw new InvalidOperationException("The database holds no villages: run `gazetteer import` first (the benchmark reads the imported divisions).");
        }
        return dataSource;
    }
}
