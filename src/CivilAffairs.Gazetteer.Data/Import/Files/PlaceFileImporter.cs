using System.Security.Cryptography;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Imports the department's place files (CSV or GeoJSON, docs/import-formats.md) into
/// <c>place</c>. Every record is checked and every bad one reported with its line; a file with
/// any bad record imports nothing unless <see cref="PlaceFileImportOptions.SkipInvalid"/>,
/// which imports the good records and writes the others to a rejects file. What is written
/// is written in one transaction, with a change_log row per place.
/// </summary>
public sealed class PlaceFileImporter(NpgsqlDataSource dataSource)
{
    private const int ProgressStep = 500;

    public static readonly string[] Provenances = ["official", "collected"];

    /// <summary>The format a file name implies: .csv, or .geojson/.json.</summary>
    public static PlaceFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => PlaceFileFormat.Csv,
        ".geojson" or ".json" => PlaceFileFormat.GeoJson,
        _ => null,
    };

    /// <exception cref="ArgumentException">The options or the file name do not say what to do.</exception>
    /// <exception cref="IOException">The file cannot be read, or the rejects file cannot be written.</exception>
    public async Task<PlaceFileImportResult> ImportAsync(
        string path, PlaceFileImportOptions options, IProgress<PlaceFileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(options.Actor))
            throw new ArgumentException("Name the actor the places are registered by (--actor).", nameof(options));
        if (!Provenances.Contains(options.Provenance))
            throw new ArgumentException($"Provenance must be {string.Join(" or ", Provenances)}, not '{options.Provenance}'.", nameof(options));
        var format = options.Format ?? FormatOf(path)
            ?? throw new ArgumentException($"Cannot tell the format of '{Path.GetFileName(path)}' from its extension; name it .csv or .geojson, or pass --format csv|geojson.", nameof(path));

        var startedAt = DateTimeOffset.UtcNow;
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var decoded = StrictUtf8.Decode(bytes);
        if (decoded.Problem is not null)
            return new PlaceFileImportResult(0, 0, 0, [decoded.Problem], null);

        var content = format == PlaceFileFormat.Csv ? CsvPlaceSource.Read(decoded.Text!) : GeoJsonPlaceSource.Read(decoded.Text!);
        if (content.FileIssues.Any(i => i.IsError))
            return new PlaceFileImportResult(content.Records.Count, 0, content.Records.Count, content.FileIssues, null);

        var total = content.Records.Count;
        progress?.Report(new PlaceFileProgress("read", total, total));
        var records = content.Records.Select(r => new CheckedRecord(r)).ToList();
        var validator = new PlaceRowValidator();
        for (var i = 0; i < records.Count; i++)
        {
            validator.Validate(records[i]);
            if ((i + 1) % ProgressStep == 0)
                progress?.Report(new PlaceFileProgress("checked", i + 1, total));
        }
        progress?.Report(new PlaceFileProgress("checked", total, total));

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReferenceChecks.CheckAsync(connection, records, cancellationToken);
        progress?.Report(new PlaceFileProgress("checked against the registry", total, total));

        var issues = content.FileIssues.Concat(records.SelectMany(r => r.Issues)).ToList();
        var good = records.Where(r => r.IsValid).ToList();
        var rejected = records.Where(r => !r.IsValid).ToList();
        if (rejected.Count > 0 && !options.SkipInvalid)
            return new PlaceFileImportResult(total, 0, rejected.Count, issues, null);

        string? rejectsPath = null;
        if (rejected.Count > 0)
        {
            rejectsPath = options.RejectsPath ?? RejectsWriter.DefaultPath(path);
            await RejectsWriter.WriteAsync(rejectsPath, content, rejected, cancellationToken);
        }

        var imported = 0;
        if (good.Count > 0)
        {
            try
            {
                imported = await PlaceRowWriter.WriteAsync(connection, good.Select(r => r.Place!).ToList(), options.Actor, options.Provenance, cancellationToken);
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // Another writer registered one of the codes between the check and the insert.
                issues.Add(new PlaceFileIssue(null, $"a place-name code in this file was registered by someone else during the import ({error.Detail}); nothing was imported — import again to see which record."));
                return new PlaceFileImportResult(total, 0, rejected.Count, issues, rejectsPath);
            }
            await RecordRunAsync(connection, path, bytes, imported, startedAt, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(new PlaceFileProgress("written", imported, imported));
        return new PlaceFileImportResult(total, imported, rejected.Count, issues, rejectsPath);
    }

    private static async Task RecordRunAsync(
        NpgsqlConnection connection, string path, byte[] bytes, int rows, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO import_run (dataset, fingerprint, rows, started_at) VALUES ($1, $2, $3, $4)", connection);
        command.Parameters.AddWithValue("place-file " + Path.GetFileName(path));
        command.Parameters.AddWithValue(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        command.Parameters.AddWithValue((long)rows);
        command.Parameters.AddWithValue(startedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
