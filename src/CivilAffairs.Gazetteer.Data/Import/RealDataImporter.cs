using System.Diagnostics;
using System.Text.Json;
using CivilAffairs.Gazetteer.Data.Database;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// Imports the real Shanxi data of data/: the place categories, the 2023 division hierarchy
/// with county polygons mapped through the 2018-2019 changes, each division's own place,
/// the historical counties with their changes, and former names. Everything is read and
/// checked first and written in one transaction: a failed or cancelled import leaves the
/// database as it was. An import of the same files (same fingerprint) is skipped unless forced;
/// a new import replaces the rows of the earlier one.
/// </summary>
public sealed class RealDataImporter(NpgsqlDataSource dataSource, string dataDirectory)
{
    /// <summary>The name of this dataset in import_run.</summary>
    public const string Dataset = "shanxi-real";

    /// <summary>Part of the fingerprint: change it when the importer writes the same files differently.</summary>
    public const string Version = "1";

    /// <summary>registered_by of the places this import writes.</summary>
    public const string RegisteredBy = "import:" + Dataset;

    private const long LockKey = 72260016;

    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public async Task<ImportResult> ImportAsync(bool force = false, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow;
        if (!Directory.Exists(dataDirectory))
            throw new ImportDataException(dataDirectory, 0, "the data folder does not exist; pass the repository's data folder (--data DIR)");
        progress?.Report(new ImportProgress("fingerprint", 0, 1));
        var fingerprint = DataFingerprint.Of(dataDirectory, RealDataSet.InputFiles(dataDirectory), Version);
        if (!force)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            if (await LatestFingerprintAsync(connection, null, cancellationToken) == fingerprint)
                return Skipped(fingerprint, clock);
        }

        progress?.Report(new ImportProgress("read", 0, 1));
        var data = RealDataSet.Read(dataDirectory, Factory);
        progress?.Report(new ImportProgress("read", 1, 1));
        var plan = RealDataPlan.Build(data, Factory);

        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // One import at a time; who waited checks again, as the other may have imported the same files.
            await using (var @lock = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
                await @lock.ExecuteNonQueryAsync(cancellationToken);
            if (!force && await LatestFingerprintAsync(connection, transaction, cancellationToken) == fingerprint)
                return Skipped(fingerprint, clock);

            var runId = await StartRunAsync(connection, transaction, fingerprint, startedAt, cancellationToken);
            var writer = new RealDataWriter(connection, transaction, runId, progress);
            await writer.UpsertCategoriesAsync(data.Categories, cancellationToken);
            await writer.RemovePreviousAsync(Dataset, cancellationToken);
            // The tile, boundary-piece, place-piece and cell tables are derived once after the COPYs, not row by row inside them.
            var derivations = await BulkLoadDerivations.SuspendAsync(connection, transaction, ["division", "place"], cancellationToken);
            await writer.WriteDivisionsAsync(plan.Divisions, cancellationToken);
            await writer.WritePlacesAsync(plan.Places, RegisteredBy, cancellationToken);
            await derivations.FillAsync(cancellationToken);
            await writer.WriteChangesAsync(plan.Changes, cancellationToken);
            await writer.WriteFormerNamesAsync(plan.FormerNames, cancellationToken);

            var result = new ImportResult(Dataset, fingerprint, false, plan.Divisions.Count, plan.Places.Count, plan.Changes.Count, plan.FormerNames.Count, TimeSpan.Zero);
            await FinishRunAsync(connection, transaction, runId, result, cancellationToken);
            progress?.Report(new ImportProgress("commit", 0, 1));
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(new ImportProgress("commit", 1, 1));
            return result with { Elapsed = clock.Elapsed };
        }
    }

    private static ImportResult Skipped(string fingerprint, Stopwatch clock) =>
        new(Dataset, fingerprint, true, 0, 0, 0, 0, clock.Elapsed);

    private static async Task<string?> LatestFingerprintAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT fingerprint FROM import_run WHERE dataset = $1 ORDER BY id DESC LIMIT 1", connection, transaction);
        command.Parameters.AddWithValue(Dataset);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<long> StartRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string fingerprint, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("INSERT INTO import_run (dataset, fingerprint, rows, started_at) VALUES ($1, $2, 0, $3) RETURNING id", connection, transaction);
        command.Parameters.AddWithValue(Dataset);
        command.Parameters.AddWithValue(fingerprint);
        command.Parameters.AddWithValue(startedAt);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Records the counts and appends the import to change_log, which the search indexers follow.</summary>
    private static async Task FinishRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, ImportResult result, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var update = new NpgsqlBatchCommand("UPDATE import_run SET rows = $1, finished_at = clock_timestamp() WHERE id = $2");
        update.Parameters.AddWithValue((long)(result.Divisions + result.Places + result.AdminChanges + result.FormerNames));
        update.Parameters.AddWithValue(runId);
        var log = new NpgsqlBatchCommand("INSERT INTO change_log (entity, entity_id, op, actor, after) VALUES ('import_run', $1, 'import', $2, $3::jsonb)");
        log.Parameters.AddWithValue(runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        log.Parameters.AddWithValue(RegisteredBy);
        log.Parameters.AddWithValue(JsonSerializer.Serialize(new
        {
            dataset = Dataset,
            fingerprint = result.Fingerprint,
            divisions = result.Divisions,
            places = result.Places,
            adminChanges = result.AdminChanges,
            formerNames = result.FormerNames,
        }));
        batch.BatchCommands.Add(update);
        batch.BatchCommands.Add(log);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
