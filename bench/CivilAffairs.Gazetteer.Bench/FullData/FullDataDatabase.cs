using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Data.Sample;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.FullData;

/// <summary>
/// The full-scale registry the HTTP, search and geocode benchmarks measure, as ./run.sh leaves it:
/// the database GAZETTEER_DB names, else the `gazetteer` database of the local cluster (port
/// GAZETTEER_DB_PORT, default 54330). When the real data or the full sample is not in yet, it is
/// loaded first (as `gazetteer import` does; a few minutes), with progress on stderr.
/// </summary>
internal static class FullDataDatabase
{
    private const int LocalClusterDefaultPort = 54330;
    private const int FullSampleMinimum = 300_000;

    public static string ConnectionString()
    {
        var configured = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var port = int.TryParse(Environment.GetEnvironmentVariable("GAZETTEER_DB_PORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : LocalClusterDefaultPort;
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=gazetteer";
    }

    /// <summary>Opens the full-scale registry, importing what is missing; the caller disposes the data source.</summary>
    public static async Task<NpgsqlDataSource> EnsureAsync(CancellationToken cancellationToken)
    {
        var connectionString = ConnectionString();
        var dataSource = GazetteerDataSource.Create(connectionString);
        try
        {
            await using (var probe = await dataSource.OpenConnectionAsync(cancellationToken)) { }
        }
        catch (NpgsqlException e)
        {
            await dataSource.DisposeAsync();
            throw new InvalidOperationException(
                $"No database at {new NpgsqlConnectionStringBuilder(connectionString) { Password = null }}: start it (GAZETTEER_DB_PORT=... gazetteer db up) or set GAZETTEER_DB. ({e.Message})", e);
        }
        await new Migrator(dataSource).MigrateAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        var imported = await new RealDataImporter(dataSource, RepositoryPaths.DataDirectory()).ImportAsync(force: false, progress: null, cancellationToken);
        if (!imported.Skipped)
            Console.Error.WriteLine($"Imported the real data: {imported.Places:N0} places in {imported.Elapsed.TotalSeconds:F0} s");
        var samplePlaces = await ScalarAsync(dataSource, "SELECT count(*) FROM place WHERE provenance = 'sample'", cancellationToken);
        if (samplePlaces < FullSampleMinimum)
        {
            if (samplePlaces > 0)
                throw new InvalidOperationException(
                    $"The database holds a smaller sample ({samplePlaces:N0} sample places): the benchmarks need the full one. Use a fresh database (gazetteer import on an empty one).");
            Console.Error.WriteLine("Generating the full-scale sample (390,000 names; a few minutes)...");
            var generator = new SampleGenerator(dataSource, RepositoryPaths.DataDirectory());
            generator.Phase += phase => Console.Error.WriteLine($"  sample: {phase} at {clock.Elapsed.TotalSeconds:F0} s");
            await generator.GenerateAsync(SampleScale.Full, 1, cancellationToken);
        }
        var names = await ScalarAsync(dataSource, "SELECT count(*) FROM place", cancellationToken);
        Console.Error.WriteLine($"Full-scale registry ready: {names:N0} places");
        return dataSource;
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
