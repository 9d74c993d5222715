using System.Diagnostics;
using System.Text.Json;
using CivilAffairs.Gazetteer.Data.Database;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Brings an imported registry to full scale with generated rows marked provenance 'sample':
/// places of every census class inside their real county polygons, protected historical names
/// on top of the real CHGIS records, initiative proposals with their histories and collected
/// POIs. The same seed gives the same rows. Everything is generated in memory first and
/// written with binary COPY in one transaction, the secondary indexes and foreign keys dropped before and restored after
/// (<see cref="BulkLoadSchema"/>), the derived tables (tiles, place pieces and cells) filled once after the COPYs instead
/// of by their triggers during them (<see cref="BulkLoadDerivations"/>), so a failed or killed run leaves the database as it was.
/// </summary>
public sealed class SampleGenerator(NpgsqlDataSource dataSource, string dataDirectory)
{
    public const string Actor = "gazetteer sample";

    private static readonly string[] Tables = ["place", "place_former_name", "historical_name", "citation", "name_event", "name_event_link", "proposal", "proposal_event", "poi"];

    /// <summary>Reports each phase ("reading", "generating", "writing", "deriving", "indexing") as it starts.</summary>
    public event Action<string>? Phase;

    public async Task<SampleReport> GenerateAsync(SampleScale scale, int seed, CancellationToken cancellationToken = default)
    {
        Phase?.Invoke("reading");
        var statistics = VillageNameStatistics.Load(dataDirectory);
        var chgis = ChgisRecord.Load(dataDirectory);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"LOCK TABLE {string.Join(", ", Tables)} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        await RefuseSecondSample(connection, transaction, cancellationToken);
        var inputs = await SampleInputs.LoadAsync(connection, transaction, cancellationToken);
        var dynasties = await DynastyTable.LoadAsync(connection, transaction, cancellationToken);
        var firstIds = new Dictionary<string, long>();
        foreach (var table in new[] { "place", "historical_name", "name_event", "proposal", "poi" })
            firstIds[table] = await Scalar<long>(connection, transaction, $"SELECT coalesce(max(id), 0) + 1 FROM {table}", cancellationToken);

        Phase?.Invoke("generating");
        var clock = Stopwatch.StartNew();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var placer = new CountyPlacer(factory);
        var namer = new PlaceNamer(statistics);
        var places = new PlaceSampler(inputs.Counties, namer, factory)
            .Generate(scale.PlacesToGenerate(inputs.ExistingPlaces), firstIds["place"], seed);
        var (historical, nameEvents) = new HistoricalNameSampler(chgis, inputs.Counties, dynasties, factory)
            .Generate(scale.HistoricalNames, firstIds["historical_name"], firstIds["name_event"], Stream(seed, 2));
        var proposals = new ProposalSampler(inputs.Counties, namer, placer, places)
            .Generate(scale.Proposals, firstIds["proposal"], Stream(seed, 3));
        var pois = new PoiSampler(inputs.Counties, placer, places)
            .Generate(scale.Pois, firstIds["poi"], Stream(seed, 4));
        var generating = clock.Elapsed;

        Phase?.Invoke("writing");
        clock.Restart();
        var sources = $"sample generator, scale {scale.Name}, seed {seed}";
        var derivations = await BulkLoadDerivations.SuspendAsync(connection, transaction, Tables, cancellationToken);
        var loaded = Tables.Concat(derivations.DerivedTables).ToList();
        var schema = await BulkLoadSchema.DropAsync(connection, transaction, loaded, derivations.DerivedTables, cancellationToken);
        var writer = new SampleWriter(connection);
        writer.Places(DiskOrder.Of(places.Places).ToList(), sources);
        writer.FormerNames(places.FormerNames, sources);
        writer.HistoricalNames(historical);
        writer.NameEvents(nameEvents, sources);
        writer.Proposals(proposals);
        writer.Pois(pois);
        Phase?.Invoke("deriving");
        await derivations.FillAsync(cancellationToken);
        Phase?.Invoke("indexing");
        // Statistics for the sample's own tables; the derived ones are left to autovacuum, as when their triggers filled them.
        await schema.RestoreAsync(Tables, cancellationToken);
        // name_event_link has no id of its own.
        foreach (var table in Tables.Where(t => t != "name_event_link"))
            await Execute(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), greatest((SELECT max(id) FROM {table}), 1))", cancellationToken);

        var report = new SampleReport(scale.Name, seed, inputs.ExistingPlaces, places.Places.Count, places.FormerNames.Count,
            historical.Count, historical.Sum(h => h.Citations.Count), proposals.Count, proposals.Sum(p => p.Events.Count), pois.Count, generating, TimeSpan.Zero);
        await Record(connection, transaction, report, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report with { Writing = clock.Elapsed };
    }

    /// <summary>Independent random streams per part, so changing one part leaves the others' rows alone.</summary>
    private static Random Stream(int seed, int part) => new(unchecked(seed * 7919 + part * 104_729));

    private static async Task RefuseSecondSample(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var existing = await Scalar<long>(connection, transaction,
            """
            SELECT (SELECT count(*) FROM place WHERE provenance = 'sample') + (SELECT count(*) FROM historical_name WHERE provenance = 'sample')
                 + (SELECT count(*) FROM proposal WHERE provenance = 'sample') + (SELECT count(*) FROM poi WHERE provenance = 'sample')
            """, cancellationToken);
        if (existing > 0)
            throw new InvalidOperationException(
                $"The database already holds {existing:N0} sample rows; the sample is generated once into a freshly imported database. Recreate the database to generate again.");
    }

    private static async Task Record(NpgsqlConnection connection, NpgsqlTransaction transaction, SampleReport report, CancellationToken cancellationToken)
    {
        var after = JsonSerializer.Serialize(new
        {
            scale = report.Scale, seed = report.Seed, places = report.Places, former_names = report.FormerNames,
            historical_names = report.HistoricalNames, proposals = report.Proposals, proposal_events = report.ProposalEvents, pois = report.Pois,
        });
        await using (var log = new NpgsqlCommand(
            "INSERT INTO change_log (entity, entity_id, op, actor, after) VALUES ('sample', $1, 'import', $2, $3::jsonb)", connection, transaction))
        {
            log.Parameters.AddWithValue($"scale={report.Scale};seed={report.Seed}");
            log.Parameters.AddWithValue(Actor);
            log.Parameters.AddWithValue(after);
            await log.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var run = new NpgsqlCommand(
            "INSERT INTO import_run (dataset, fingerprint, rows, started_at) VALUES ('sample', $1, $2, now())", connection, transaction);
        run.Parameters.AddWithValue($"scale={report.Scale};seed={report.Seed}");
        run.Parameters.AddWithValue(report.Rows);
        await run.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
