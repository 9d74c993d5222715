using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>Reads every division (all vintages) and every admin change from PostGIS into an <see cref="AdministrativeHierarchy"/>.</summary>
public static class HierarchyLoader
{
    private const string DivisionsSql = """
        SELECT id, code, level, name, parent_code, is_statistical_zone, valid_from, valid_to, point, point_derived
        FROM division ORDER BY id
        """;

    private const string ChangesSql = """
        SELECT c.id, c.change_date, c.kind, u.role, u.division_id, c.document, c.note
        FROM admin_change c JOIN admin_change_unit u ON u.change_id = c.id
        ORDER BY c.id
        """;

    public static async Task<AdministrativeHierarchy> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var divisions = new List<DivisionRecord>();
        await using (var command = new NpgsqlCommand(DivisionsSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var point = reader.IsDBNull(8) ? null : reader.GetFieldValue<Point>(8);
                divisions.Add(new DivisionRecord(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    ParseLevel(reader.GetString(2)),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetBoolean(5),
                    reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                    point is null ? null : new LonLat(point.X, point.Y),
                    reader.GetBoolean(9)));
            }

        var changes = new Dictionary<long, (DateOnly Date, string Kind, List<long> From, List<long> To, string? Document, string? Note)>();
        await using (var command = new NpgsqlCommand(ChangesSql, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                if (!changes.TryGetValue(id, out var change))
                    changes[id] = change = (reader.GetFieldValue<DateOnly>(1), reader.GetString(2), [], [],
                        reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
                (reader.GetString(3) == "from" ? change.From : change.To).Add(reader.GetInt64(4));
            }

        return new AdministrativeHierarchy(
            divisions,
            changes.Select(c => new AdminChangeRecord(c.Key, c.Value.Date, c.Value.Kind, c.Value.From, c.Value.To, c.Value.Document, c.Value.Note)));
    }

    private static DivisionLevel ParseLevel(string level) => level switch
    {
        "province" => DivisionLevel.Province,
        "city" => DivisionLevel.City,
        "county" => DivisionLevel.County,
        "township" => DivisionLevel.Township,
        "village" => DivisionLevel.Village,
        _ => throw new InvalidDataException($"division.level '{level}' is not one of province, city, county, township, village."),
    };
}
