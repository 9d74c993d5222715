using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// A point to its division chain and nearby places, in PostGIS: the county by polygon
/// (ST_Covers on the boundary's subdivided pieces, or within 500 m of one), the village by the nearest village point inside that county
/// (KNN on degrees, re-ranked by geography metres), its township and the ancestors by code.
/// </summary>
public sealed class ReverseGeocoder(NpgsqlDataSource dataSource)
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>A point this close to a county polygon (a sliver between two shapes) still counts as inside it.</summary>
    private const double EdgeToleranceMeters = 500;

    /// <summary>
    /// The county whose boundary covers the point, tested on the boundaries' small pieces
    /// (division_boundary_part: ST_Subdivide, GiST) rather than on 121 whole polygons.
    /// </summary>
    private const string CoveringCountySql = """
        SELECT d.code FROM division_boundary_part p JOIN division d ON d.id = p.division_id
        WHERE p.level = 'county' AND ST_Covers(p.part, $1) AND d.valid_to IS NULL
        ORDER BY d.is_statistical_zone, d.code
        LIMIT 1
        """;

    /// <summary>
    /// Only for a point no county covers: the nearest county within the tolerance, the pieces
    /// near the point found by their box first (0.01 degrees is more than 500 m anywhere in Shanxi),
    /// then measured on the ellipsoid.
    /// </summary>
    private const string NearbyCountySql = """
        SELECT d.code FROM division_boundary_part p JOIN division d ON d.id = p.division_id
        WHERE p.level = 'county' AND p.part && ST_Expand($1, 0.01) AND d.valid_to IS NULL
          AND ST_DWithin(p.part::geography, $1::geography, $2)
        ORDER BY d.is_statistical_zone, ST_Distance(p.part::geography, $1::geography), d.code
        LIMIT 1
        """;

    private const string VillageSql = """
        SELECT code, ST_Distance(point::geography, $1::geography) AS metres
        FROM (SELECT code, point FROM division
              WHERE level = 'village' AND valid_to IS NULL AND point IS NOT NULL AND code LIKE $2
              ORDER BY point <-> $1 LIMIT 16) AS near
        ORDER BY metres LIMIT 1
        """;

    private const string ChainSql = "SELECT code, name, level FROM division WHERE valid_to IS NULL AND code = ANY($1) ORDER BY code";

    private const string PlacesSql = """
        SELECT id, name, code, category, ST_X(point), ST_Y(point), metres FROM (
            SELECT id, name, code, category, point, ST_Distance(point::geography, $1::geography) AS metres
            FROM (SELECT * FROM place WHERE status = 'current' ORDER BY point <-> $1 LIMIT $2 * 4) AS candidates
        ) AS ranked ORDER BY metres LIMIT $2
        """;

    public async Task<ReverseGeocodeResult> ReverseAsync(double lat, double lon, Crs crs, int nearest = 5, CancellationToken cancellationToken = default)
    {
        var asked = new LonLat(lon, lat);
        if (!asked.IsValid)
            throw new ArgumentOutOfRangeException(nameof(lat), asked.Problem);
        if (nearest is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(nearest), $"nearest is {nearest}; ask for 0 to 100 places.");
        var wgs = CoordinateConverter.Convert(asked, crs, Crs.Wgs84);
        var point = Wgs84.CreatePoint(new Coordinate(wgs.Lon, wgs.Lat));

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var county = await Scalar<string>(connection, CoveringCountySql, cancellationToken, point)
            ?? await Scalar<string>(connection, NearbyCountySql, cancellationToken, point, EdgeToleranceMeters);
        if (county is null)
            return new ReverseGeocodeResult(false, [], null, [],
                $"({lon}, {lat}) lies outside Shanxi province, which is all the registry covers.");

        string? village = null;
        double? villageMetres = null;
        await using (var command = new NpgsqlCommand(VillageSql, connection))
        {
            command.Parameters.AddWithValue(point);
            command.Parameters.AddWithValue(county[..6] + "%");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
                (village, villageMetres) = (reader.GetString(0), reader.GetDouble(1));
        }

        var deepest = DivisionCode.FromFull(village ?? county);
        var codes = new List<string>();
        for (DivisionCode? c = deepest; c is { } code; c = code.Parent)
            codes.Add(code.Full);
        var chain = new List<ChainLink>();
        await using (var command = new NpgsqlCommand(ChainSql, connection))
        {
            command.Parameters.AddWithValue(codes.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var code = DivisionCode.FromFull(reader.GetString(0));
                var name = reader.GetString(1);
                chain.Add(new ChainLink(code.Full, code.Level == DivisionLevel.Village ? NameForms.PlaceOfCommittee(name) : name, code.Level));
            }
        }

        var places = new List<NearbyPlace>();
        if (nearest > 0)
        {
            await using var command = new NpgsqlCommand(PlacesSql, connection);
            command.Parameters.AddWithValue(point);
            command.Parameters.AddWithValue(nearest);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                places.Add(new NearbyPlace(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                    CoordinateConverter.Convert(new LonLat(reader.GetDouble(4), reader.GetDouble(5)), Crs.Wgs84, crs), reader.GetDouble(6)));
        }
        return new ReverseGeocodeResult(true, chain, villageMetres, places, null);
    }

    private static async Task<T?> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
            command.Parameters.AddWithValue(p);
        return await command.ExecuteScalarAsync(cancellationToken) is T value ? value : default;
    }
}
