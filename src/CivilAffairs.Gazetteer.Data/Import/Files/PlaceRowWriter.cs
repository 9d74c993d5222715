using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Writes checked places: binary COPY into a temporary table, then one INSERT into place that
/// also appends a change_log row per place (entity 'place', op 'insert', the row as JSON),
/// all inside the caller's transaction. Each place records the import_run that wrote it.
/// </summary>
internal static class PlaceRowWriter
{
    private const string Columns =
        "code, name, specific, generic, short_name, name_traditional, category, romanized, romanized_toneless, pinyin_key, pinyin_initials, " +
        "reading_needs_review, aliases, division_code, division_codes, geom, point, meaning, origin, history, description, " +
        "approval_authority, approval_document, approval_date, announcement_date, status, valid_from, valid_to, sources";

    public const int ImportCommandTimeoutSeconds = 600;

    /// <summary>Every column of place, geometries as GeoJSON: the change log's "after".</summary>
    private const string LoggedRow = Changes.PlaceImage.Columns;

    public static async Task<int> WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<ValidatedPlace> places, PlaceFileRun run, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(
            """
            CREATE TEMP TABLE place_file_staging (
                ord int, code text, name text, specific text, generic text, short_name text, name_traditional text, category text,
                romanized text, romanized_toneless text, pinyin_key text, pinyin_initials text, reading_needs_review boolean,
                aliases text[], division_code text, division_codes text[], geom geometry, point geometry,
                meaning text, origin text, history text, description text, approval_authority text, approval_document text,
                approval_date date, announcement_date date, status text, valid_from date, valid_to date, sources text
            ) ON COMMIT DROP
            """, connection))
            await create.ExecuteNonQueryAsync(cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY place_file_staging (ord, {Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var ord = 0;
            foreach (var place in places)
            {
                var romanized = PlaceRomanization.Romanize(place.Name);
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(ord++, NpgsqlDbType.Integer, cancellationToken);
                await Text(copy, place.Code, cancellationToken);
                await Text(copy, place.Name, cancellationToken);
                await Text(copy, place.Specific, cancellationToken);
                await Text(copy, place.Generic, cancellationToken);
                await Text(copy, place.ShortName, cancellationToken);
                await Text(copy, romanized.Traditional, cancellationToken);
                await Text(copy, place.Category, cancellationToken);
                await Text(copy, romanized.Romanized, cancellationToken);
                await Text(copy, romanized.Toneless, cancellationToken);
                await Text(copy, romanized.Key, cancellationToken);
                await Text(copy, romanized.Initials, cancellationToken);
                await copy.WriteAsync(romanized.NeedsReview, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(place.Aliases, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(place.Division.Full, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(new[] { place.Division.Full }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(place.Geometry, NpgsqlDbType.Geometry, cancellationToken);
                await copy.WriteAsync(place.Point, NpgsqlDbType.Geometry, cancellationToken);
                await Text(copy, place.Meaning, cancellationToken);
                await Text(copy, place.Origin, cancellationToken);
                await Text(copy, place.History, cancellationToken);
                await Text(copy, place.Description, cancellationToken);
                await Text(copy, place.ApprovalAuthority, cancellationToken);
                await Text(copy, place.ApprovalDocument, cancellationToken);
                await Date(copy, place.ApprovalDate, cancellationToken);
                await Date(copy, place.AnnouncementDate, cancellationToken);
                await Text(copy, place.Status, cancellationToken);
                await Date(copy, place.ValidFrom, cancellationToken);
                await Date(copy, place.ValidTo, cancellationToken);
                await Text(copy, place.Sources, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        // The change log holds the geometry as GeoJSON, which is what readers of the feed can use.
        // The row is spelt out rather than RETURNING *: to_jsonb over a geometry column runs
        // PostGIS's json cast per row, which made the insert three times slower.
        await using var insert = new NpgsqlCommand(
            $"""
            WITH inserted AS (
                INSERT INTO place ({Columns}, provenance, registered_by, import_run_id)
                SELECT {Columns}, $1, $2, $3 FROM place_file_staging ORDER BY ord
                RETURNING {LoggedRow})
            INSERT INTO change_log (entity, entity_id, op, actor, after)
            SELECT 'place', id::text, 'insert', $2, to_jsonb(inserted)
            FROM inserted ORDER BY id
            """, connection);
        // A department file can hold tens of thousands of places; the default 30 s is for queries.
        insert.CommandTimeout = ImportCommandTimeoutSeconds;
        insert.Parameters.AddWithValue(run.Provenance);
        insert.Parameters.AddWithValue(run.Actor);
        insert.Parameters.AddWithValue(run.ImportRunId);
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task Text(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task Date(NpgsqlBinaryImporter copy, DateOnly? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value.Value, NpgsqlDbType.Date, cancellationToken);
}
