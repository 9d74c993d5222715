using CivilAffairs.Gazetteer.Search.Geocoding;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>
/// Writes <see cref="DivisionFiles"/> into an empty division table (and its admin changes), keeping the
/// ids, so the geocoding tests read the real hierarchy through <see cref="HierarchyLoader"/> — the
/// same path production takes. Does nothing once the importer has filled the table.
/// </summary>
internal static class DivisionFilesSeed
{
    public static async Task EnsureAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM division", connection))
            if ((long)(await count.ExecuteScalarAsync())! > 0)
                return;

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY division (id, code, level, name, parent_code, is_statistical_zone, valid_from, valid_to, provenance, source) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in DivisionFiles.Divisions)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(d.Id, NpgsqlDbType.Bigint);
                await copy.WriteAsync(d.Code, NpgsqlDbType.Text);
                await copy.WriteAsync(d.Level.ToString().ToLowerInvariant(), NpgsqlDbType.Text);
                await copy.WriteAsync(d.Name, NpgsqlDbType.Text);
                await WriteNullable(copy, d.ParentCode, NpgsqlDbType.Text);
                await copy.WriteAsync(d.IsStatisticalZone, NpgsqlDbType.Boolean);
                await WriteNullable(copy, d.ValidFrom, NpgsqlDbType.Date);
                await WriteNullable(copy, d.ValidTo, NpgsqlDbType.Date);
                await copy.WriteAsync("official", NpgsqlDbType.Text);
                await copy.WriteAsync("data/divisions-2023, data/lineage (geocoding test bridge)", NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }

        foreach (var change in DivisionFiles.Changes)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO admin_change (id, change_date, kind, source) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, 'data/lineage')", connection);
            insert.Parameters.AddWithValue(change.Id);
            insert.Parameters.AddWithValue(change.Date);
            insert.Parameters.AddWithValue(change.Kind);
            await insert.ExecuteNonQueryAsync();
            foreach (var (role, ids) in new[] { ("from", change.From), ("to", change.To) })
                foreach (var id in ids)
                {
                    await using var unit = new NpgsqlCommand("INSERT INTO admin_change_unit (change_id, role, division_id) VALUES ($1, $2, $3)", connection);
                    unit.Parameters.AddWithValue(change.Id);
                    unit.Parameters.AddWithValue(role);
                    unit.Parameters.AddWithValue(id);
                    await unit.ExecuteNonQueryAsync();
                }
        }
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
