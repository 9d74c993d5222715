using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Builds a Mapbox Vector Tile in PostGIS (ST_AsMVT): one query per tile, one CTE per layer, each
/// using the GiST index of its geometry with the tile's box; layers below their zoom are skipped by
/// the planner (their WHERE is false on the parameter alone).
/// </summary>
internal sealed class TileQueries(NpgsqlDataSource dataSource)
{
    private static readonly string Sql = $"""
        WITH box AS (
            SELECT ST_TileEnvelope($1, $2, $3) AS tile,
                   ST_Transform(ST_TileEnvelope($1, $2, $3, margin => {(double)TileLayers.Buffer / TileLayers.Extent}), 4326) AS area
        ),
        counties AS (
            SELECT ST_AsMVTGeom(ST_Transform(ST_SimplifyPreserveTopology(d.boundary, $4), 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom,
                   substr(d.code, 1, 6) AS code, d.name, p.romanized AS pinyin
            FROM division d CROSS JOIN box
            LEFT JOIN place p ON p.code = d.code
            WHERE $1 >= {TileLayers.MinZoom("counties")} AND d.level = 'county' AND d.valid_to IS NULL
              AND d.boundary IS NOT NULL AND d.boundary && box.area
        ),
        county_labels AS (
            SELECT p.id, substr(p.code, 1, 6) AS code, p.name, p.romanized AS pinyin, ST_AsMVTGeom(ST_Transform(p.point, 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom
            FROM place p CROSS JOIN box
            WHERE $1 >= {TileLayers.MinZoom("county_labels")} AND p.category = 'county' AND p.status = 'current' AND p.point && box.area
        ),
        townships AS (
            SELECT p.id, substr(p.code, 1, 9) AS code, p.name, p.romanized AS pinyin, ST_AsMVTGeom(ST_Transform(p.point, 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom
            FROM place p CROSS JOIN box
            WHERE $1 >= {TileLayers.MinZoom("townships")} AND p.category = 'township' AND p.status = 'current' AND p.point && box.area
        ),
        villages AS (
            SELECT p.id, p.code, p.name, p.romanized AS pinyin, p.category, ST_AsMVTGeom(ST_Transform(p.point, 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom
            FROM place p CROSS JOIN box
            WHERE $1 >= {TileLayers.MinZoom("villages")} AND p.category IN ('village_committee', 'community') AND p.status = 'current' AND p.point && box.area
        ),
        places AS (
            SELECT p.id, p.name, p.romanized AS pinyin, p.category, c.census_class AS class, p.provenance, ST_AsMVTGeom(ST_Transform(p.point, 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom
            FROM place p CROSS JOIN box
            JOIN place_category c ON c.code = p.category
            WHERE $1 >= {TileLayers.MinZoom("places")} AND c.census_class = ANY($5) AND p.status = 'current' AND p.point && box.area
        ),
        pois AS (
            SELECT o.id, o.name, o.category, o.state, o.provenance,
                   ST_AsMVTGeom(ST_Transform(o.geom, 3857), box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true) AS geom
            FROM poi o CROSS JOIN box
            WHERE $1 >= {TileLayers.MinZoom("pois")} AND o.geom && box.area AND o.state IN ('pending', 'accepted')
        )
        SELECT coalesce((SELECT ST_AsMVT(l, 'counties', {TileLayers.Extent}, 'geom') FROM counties l WHERE l.geom IS NOT NULL), '')
            || coalesce((SELECT ST_AsMVT(l, 'county_labels', {TileLayers.Extent}, 'geom', 'id') FROM county_labels l WHERE l.geom IS NOT NULL), '')
            || coalesce((SELECT ST_AsMVT(l, 'townships', {TileLayers.Extent}, 'geom', 'id') FROM townships l WHERE l.geom IS NOT NULL), '')
            || coalesce((SELECT ST_AsMVT(l, 'villages', {TileLayers.Extent}, 'geom', 'id') FROM villages l WHERE l.geom IS NOT NULL), '')
            || coalesce((SELECT ST_AsMVT(l, 'places', {TileLayers.Extent}, 'geom', 'id') FROM places l WHERE l.geom IS NOT NULL), '')
            || coalesce((SELECT ST_AsMVT(l, 'pois', {TileLayers.Extent}, 'geom', 'id') FROM pois l WHERE l.geom IS NOT NULL), '')
        """;

    /// <summary>The tile's bytes (uncompressed MVT); empty when nothing lies in it.</summary>
    public async Task<byte[]> TileAsync(TileAddress tile, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue(tile.Z);
        command.Parameters.AddWithValue(tile.X);
        command.Parameters.AddWithValue(tile.Y);
        // Vertices closer than about half a tile unit cannot be told apart at this zoom.
        command.Parameters.AddWithValue((tile.East - tile.West) / TileLayers.Extent / 2);
        command.Parameters.AddWithValue(TileLayers.PlaceClassesAt(tile.Z));
        return (byte[])(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// What the data looks like now: the last change_log sequence number. Every write appends there,
    /// so a tile's ETag built from it changes whenever any tile may have changed.
    /// </summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM change_log");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
