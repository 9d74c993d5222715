using System.Text.Json;
using CivilAffairs.Gazetteer.Divisions;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Loads the real 2023 division units and their county polygons (the 2017 polygons mapped
/// through data/lineage) into an empty division table, so the sample can run where the full
/// import has not: the sample's tests and the import benchmark until the division importer
/// is merged. It does nothing when any division is already present; it creates no places,
/// no historical divisions and no points.
/// </summary>
public static class DivisionBootstrap
{
    /// <summary>Returns the number of units loaded, 0 when the table already held divisions.</summary>
    public static async Task<int> EnsureAsync(NpgsqlDataSource dataSource, string dataDirectory, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var @lock = new NpgsqlCommand("LOCK TABLE division IN EXCLUSIVE MODE", connection, transaction))
            await @lock.ExecuteNonQueryAsync(cancellationToken);
        await using (var any = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM division)", connection, transaction))
            if ((bool)(await any.ExecuteScalarAsync(cancellationToken))!)
                return 0;

        var units = ReadUnits(Path.Combine(dataDirectory, "divisions-2023"));
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY division (code, level, name, parent_code, is_statistical_zone, provenance, source) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var unit in units)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(unit.Code.Full, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(unit.Level, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(unit.Name, NpgsqlDbType.Text, cancellationToken);
                if (unit.Code.Parent is { } parent)
                    await importer.WriteAsync(parent.Full, NpgsqlDbType.Text, cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
                await importer.WriteAsync(unit.Code.IsStatisticalZone, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync("official", NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync("divisions-2023 (china-division 2.7.0)", NpgsqlDbType.Text, cancellationToken);
            }
            await importer.CompleteAsync(cancellationToken);
        }

        var (features, shapes) = ReadCountyPolygons(Path.Combine(dataDirectory, "county-boundaries-2017"));
        var (newCodes, oldCodes) = MapCountiesThroughLineage(units, Path.Combine(dataDirectory, "lineage", "county-changes-2018-2019.csv"));
        await using (var boundaries = new NpgsqlCommand(
            """
            WITH old AS (
                SELECT code, ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(shape), 4326)) AS geom
                FROM unnest($1::text[], $2::text[]) AS f(code, shape)),
            mapped AS (
                SELECT m.new_code, ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(old.geom)), 3)) AS geom
                FROM unnest($3::text[], $4::text[]) AS m(new_code, old_code)
                JOIN old ON old.code = m.old_code
                GROUP BY m.new_code)
            UPDATE division d SET boundary = mapped.geom
            FROM mapped
            WHERE d.code = mapped.new_code || '000000' AND d.level = 'county'
            """, connection, transaction))
        {
            boundaries.Parameters.AddWithValue(features);
            boundaries.Parameters.AddWithValue(shapes);
            boundaries.Parameters.AddWithValue(newCodes);
            boundaries.Parameters.AddWithValue(oldCodes);
            await boundaries.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return units.Count;
    }

    private sealed record Unit(DivisionCode Code, string Level, string Name);

    private static List<Unit> ReadUnits(string folder)
    {
        var units = new List<Unit>();
        void Add(string file, int fields, string level)
        {
            foreach (var row in CsvFile.Read(Path.Combine(folder, file), fields))
                units.Add(new Unit(DivisionCode.Parse(row[0]), level, row[1]));
        }
        Add("province.csv", 2, "province");
        Add("cities.csv", 3, "city");
        Add("counties.csv", 4, "county");
        Add("townships.csv", 5, "township");
        Add("villages.csv", 6, "village");
        return units;
    }

    private static (string[] Codes, string[] Shapes) ReadCountyPolygons(string folder)
    {
        var codes = new List<string>();
        var shapes = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.geojson").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
            {
                codes.Add(feature.GetProperty("id").GetString()
                    ?? throw new InvalidDataException($"{file}: a feature has no county code in its id."));
                shapes.Add(feature.GetProperty("geometry").GetRawText());
            }
        }
        return (codes.ToArray(), shapes.ToArray());
    }

    /// <summary>A 2023 county's polygon is its own 2017 polygon, or the union of its predecessors'.</summary>
    private static (string[] NewCodes, string[] OldCodes) MapCountiesThroughLineage(List<Unit> units, string lineageFile)
    {
        var predecessors = CsvFile.Read(lineageFile, 7).ToDictionary(r => r[0], r => r[4].Split('|'));
        var newCodes = new List<string>();
        var oldCodes = new List<string>();
        foreach (var county in units.Where(u => u.Level == "county"))
            foreach (var old in predecessors.GetValueOrDefault(county.Code.Short) ?? [county.Code.Short])
            {
                newCodes.Add(county.Code.Short);
                oldCodes.Add(old);
            }
        return (newCodes.ToArray(), oldCodes.ToArray());
    }
}
