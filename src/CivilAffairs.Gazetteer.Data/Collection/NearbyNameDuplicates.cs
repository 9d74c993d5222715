using CivilAffairs.Gazetteer.Chinese;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>
/// Places and collected POIs (pending or accepted) within <see cref="RadiusMeters"/> that have the
/// same name, or the same toneless pinyin key (a homophone or a variant character: 贾村 / 假村).
/// </summary>
public sealed class NearbyNameDuplicates(NpgsqlDataSource dataSource) : IPoiDuplicateFinder
{
    public const double RadiusMeters = 500;

    public async Task<IReadOnlyList<PoiDuplicate>> FindAsync(string name, Point point, CancellationToken cancellationToken)
    {
        var key = PlaceNameRomanizer.Shared.Romanize(name).Key;
        await using var command = dataSource.CreateCommand(
            """
            WITH near AS (
                SELECT 'place' AS kind, id, name, pinyin_key, point AS geom FROM place
                WHERE status = 'current' AND ST_DWithin(point::geography, $1::geography, $3)
                UNION ALL
                SELECT 'poi', id, name, pinyin_key, geom FROM poi
                WHERE state IN ('pending', 'accepted') AND ST_DWithin(geom::geography, $1::geography, $3))
            SELECT kind, id, name, ST_Distance(geom::geography, $1::geography),
                   CASE WHEN name = $2 THEN 'same name' ELSE 'same pinyin' END
            FROM near WHERE name = $2 OR ($4 <> '' AND pinyin_key = $4)
            ORDER BY 4, 1, 2 LIMIT 20
            """);
        command.Parameters.AddWithValue(point);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(RadiusMeters);
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<PoiDuplicate>();
        while (await reader.ReadAsync(cancellationToken))
            found.Add(new PoiDuplicate(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), Math.Round(reader.GetDouble(3), 1), reader.GetString(4)));
        return found;
    }
}
