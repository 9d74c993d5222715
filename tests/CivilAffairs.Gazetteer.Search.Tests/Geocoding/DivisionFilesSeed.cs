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
        // Rows written with their ids leave the identity sequences behind: move them on for later inserts.
        await using (var sequences = new NpgsqlCommand(
            "SELECT setval(pg_get_serial_sequence('division', 'id'), (SELECT max(id) FROM division)); " +
            "SELECT setval(pg_get_serial_sequence('admin_change', 'id'), (SELECT max(id) FROM admin_change));", connection))
            await sequences.ExecuteNonQueryAsync();
        await LoadBoundariesAsync(connection);
    }

    private static readonly Dictionary<string, string> CityOfFile = new()
    {
        ["tai4_yuan2"] = "1401", ["da4_tong2"] = "1402", ["yang2_quan2"] = "1403", ["chang2_zhi4"] = "1404",
        ["jin4_cheng2"] = "1405", ["shuo4_zhou1"] = "1406", ["jin4_zhong1"] = "1407", ["yun4_cheng2"] = "1408",
        ["xin1_zhou1"] = "1409", ["lin2_fen2"] = "1410", ["lv3_liang2"] = "1411",
    };

    private const string SuccessorShapes = """
        UPDATE division d SET boundary = shape.boundary
        FROM (SELECT t.division_id, ST_Multi(ST_Union(f.boundary)) AS boundary
              FROM admin_change_unit t
              JOIN admin_change_unit fu ON fu.change_id = t.change_id AND fu.role = 'from'
              JOIN division f ON f.id = fu.division_id
              WHERE t.role = 'to'
                AND NOT EXISTS (SELECT 1 FROM admin_change_unit o WHERE o.division_id = fu.division_id AND o.role = 'from' AND o.change_id <> t.change_id)
              GROUP BY t.division_id) AS shape
        WHERE d.id = shape.division_id AND d.boundary IS NULL
        """;

    /// <summary>
    /// The 2017 county polygons (data/county-boundaries-2017, keyed by name within each city's file) onto
    /// the units of that name, then onto the units they became: renamed counties keep their shape, merged
    /// ones get the union; a unit made from part of another (平城区, 云冈区 from 南郊区) stays without one.
    /// </summary>
    private static async Task LoadBoundariesAsync(NpgsqlConnection connection)
    {
        var folder = Path.Combine(CivilAffairs.Gazetteer.Data.RepositoryPaths.DataDirectory(), "county-boundaries-2017");
        foreach (var file in Directory.EnumerateFiles(folder, "*.geojson"))
        {
            var city = CityOfFile[Path.GetFileNameWithoutExtension(file)["shan1_xi1_".Length..]];
            using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(file));
            foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
            {
                await using var update = new NpgsqlCommand(
                    "UPDATE division SET boundary = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) WHERE level = 'county' AND name = $2 AND left(code, 4) = $3",
                    connection);
                update.Parameters.AddWithValue(feature.GetProperty("geometry").GetRawText());
                update.Parameters.AddWithValue(feature.GetProperty("properties").GetProperty("name").GetString()!);
                update.Parameters.AddWithValue(city);
                await update.ExecuteNonQueryAsync();
            }
        }
        await using var successors = new NpgsqlCommand(SuccessorShapes, connection);
        await successors.ExecuteNonQueryAsync();
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
