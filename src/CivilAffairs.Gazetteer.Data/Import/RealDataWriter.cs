using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// Writes a <see cref="RealDataPlan"/> inside the caller's transaction: binary COPY for the
/// bulk tables, plain statements for the handful of changes. Every row carries the run's id.
/// </summary>
internal sealed class RealDataWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, IProgress<ImportProgress>? progress)
{
    private const int ProgressEvery = 2_000;

    /// <summary>The categories are upserted, not replaced: places of other datasets refer to them.</summary>
    public async Task UpsertCategoriesAsync(IReadOnlyList<PlaceCategory> categories, CancellationToken cancellationToken)
    {
        await using var command = Command(
            """
            INSERT INTO place_category (code, name_zh, name_en, census_class, gbt_code)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
            ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                census_class = excluded.census_class, gbt_code = excluded.gbt_code
            """);
        command.Parameters.AddWithValue(categories.Select(c => c.Code).ToArray());
        command.Parameters.AddWithValue(categories.Select(c => c.NameZh).ToArray());
        command.Parameters.AddWithValue(categories.Select(c => c.NameEn).ToArray());
        command.Parameters.AddWithValue(categories.Select(c => c.CensusClass).ToArray());
        command.Parameters.AddWithValue(categories.Select(c => c.GbtCode).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes what earlier runs of the dataset wrote. Rows that others made to refer to them
    /// (sample data, proposals) make this fail with a foreign-key error and the whole import
    /// roll back, rather than lose those rows silently.
    /// </summary>
    public async Task RemovePreviousAsync(string dataset, CancellationToken cancellationToken)
    {
        const string Earlier = "(SELECT id FROM import_run WHERE dataset = $1 AND id <> $2)";
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var sql in (string[])
        [
            $"DELETE FROM place_former_name WHERE import_run_id IN {Earlier}",
            $"DELETE FROM admin_change_unit WHERE change_id IN (SELECT id FROM admin_change WHERE import_run_id IN {Earlier})",
            $"DELETE FROM admin_change WHERE import_run_id IN {Earlier}",
            $"DELETE FROM place WHERE import_run_id IN {Earlier}",
            $"DELETE FROM division WHERE import_run_id IN {Earlier}",
        ])
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.AddWithValue(dataset);
            command.Parameters.AddWithValue(runId);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task WriteDivisionsAsync(IReadOnlyList<DivisionRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY division (code, level, name, short_name, parent_code, is_statistical_zone, valid_from, valid_to, boundary, point, point_derived, provenance, source, import_run_id) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.Code, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Level, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Name, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.ShortName, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.ParentCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.IsStatisticalZone, NpgsqlDbType.Boolean, cancellationToken);
            await WriteOrNull(writer, row.ValidFrom, NpgsqlDbType.Date, cancellationToken);
            await WriteOrNull(writer, row.ValidTo, NpgsqlDbType.Date, cancellationToken);
            await WriteOrNull(writer, row.Boundary, NpgsqlDbType.Geometry, cancellationToken);
            await writer.WriteAsync(row.Point, NpgsqlDbType.Geometry, cancellationToken);
            await writer.WriteAsync(row.PointDerived, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync("official", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
            Report("divisions", i + 1, rows.Count);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    public async Task WritePlacesAsync(IReadOnlyList<PlaceRow> rows, string registeredBy, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY place (code, name, specific, generic, short_name, name_traditional, category, romanized, romanized_toneless, pinyin_key,
                        pinyin_initials, reading_needs_review, aliases, division_code, division_codes, geom, point, geom_derived, status,
                        valid_from, valid_to, provenance, sources, registered_by, import_run_id) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var romanized = NameRomanization.Of(row.Name.Name);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.Code, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Name.Name, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.Name.Specific, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.Name.Generic, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.Name.ShortName, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, romanized?.Traditional, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Category, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, romanized?.Romanized, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, romanized?.Toneless, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, romanized?.PinyinKey, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, romanized?.Initials, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(romanized?.NeedsReview ?? false, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.Aliases, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.DivisionCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.DivisionCodes, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Geom, NpgsqlDbType.Geometry, cancellationToken);
            await writer.WriteAsync(row.Point, NpgsqlDbType.Geometry, cancellationToken);
            await writer.WriteAsync(row.GeomDerived, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.Status, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.ValidFrom, NpgsqlDbType.Date, cancellationToken);
            await WriteOrNull(writer, row.ValidTo, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync("official", NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Sources, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(registeredBy, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
            Report("places", i + 1, rows.Count);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>One admin_change per lineage row; 'from' links the historical unit, 'to' the current one.</summary>
    public async Task WriteChangesAsync(IReadOnlyList<CountyChange> changes, CancellationToken cancellationToken)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            await using var insert = Command("INSERT INTO admin_change (change_date, kind, note, source, import_run_id) VALUES ($1, $2, $3, $4, $5) RETURNING id");
            insert.Parameters.AddWithValue(change.Date);
            insert.Parameters.AddWithValue(change.Kind);
            var described = $"{string.Join(" + ", change.Predecessors.Select(p => p.Name + (p.Part ? " (part)" : "")))} → {change.NewName}";
            insert.Parameters.AddWithValue($"{described}. Dated 1 January {change.Year}: the data gives the year only." + (change.Note is null ? "" : " " + change.Note));
            insert.Parameters.AddWithValue(CountyChange.File);
            insert.Parameters.AddWithValue(runId);
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;

            foreach (var predecessor in change.Predecessors)
                await LinkAsync(id, "from", predecessor.Code.Full, predecessor.Part ? "part" : "whole", cancellationToken);
            await LinkAsync(id, "to", change.NewCode.Full, "whole", cancellationToken);
            Report("changes", i + 1, changes.Count);
        }
    }

    public async Task WriteFormerNamesAsync(IReadOnlyList<FormerNameRow> rows, CancellationToken cancellationToken)
    {
        var placeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var select = Command("SELECT code, id FROM place WHERE import_run_id = $1 AND status = 'current'"))
        {
            select.Parameters.AddWithValue(runId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                placeIds[reader.GetString(0)] = reader.GetInt64(1);
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY place_former_name (place_id, name, from_year, to_year, approximate, source, note, import_run_id) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(placeIds[row.PlaceCode], NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(row.Name, NpgsqlDbType.Text, cancellationToken);
            await WriteOrNull(writer, row.FromYear, NpgsqlDbType.Integer, cancellationToken);
            await WriteOrNull(writer, row.ToYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.Approximate, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.Source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Note, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private async Task LinkAsync(long changeId, string role, string code, string share, CancellationToken cancellationToken)
    {
        // 'from' prefers the unit's historical row, 'to' its current one.
        await using var link = Command(
            """
            INSERT INTO admin_change_unit (change_id, role, division_id, share)
            SELECT $1, $2, id, $4 FROM division
            WHERE code = $3 AND import_run_id = $5
            ORDER BY (valid_to IS NULL) = ($2 = 'to') DESC
            LIMIT 1
            """);
        link.Parameters.AddWithValue(changeId);
        link.Parameters.AddWithValue(role);
        link.Parameters.AddWithValue(code);
        link.Parameters.AddWithValue(share);
        link.Parameters.AddWithValue(runId);
        if (await link.ExecuteNonQueryAsync(cancellationToken) != 1)
            throw new ImportDataException(CountyChange.File, 0, $"the change of {code} names a unit that is not among the imported divisions");
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private void Report(string stage, int done, int total)
    {
        if (done % ProgressEvery == 0 || done == total)
            progress?.Report(new ImportProgress(stage, done, total));
    }

    private static Task WriteOrNull<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : class =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);

    private static Task WriteOrNull<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value.Value, type, cancellationToken);
}
