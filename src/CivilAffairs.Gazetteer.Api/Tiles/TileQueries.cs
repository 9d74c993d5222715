using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Builds a Mapbox Vector Tile in PostGIS (ST_AsMVT), one query per tile, from the tile-ready tables
/// of migration 060: county polygons already in EPSG:3857 and simplified for the zoom, points already
/// in EPSG:3857 with the zoom they appear from. A tile query only clips and encodes. Each zoom has a
/// statement of its own (layers below the zoom left out, the zoom written in, so the planner picks
/// the partial index of that zoom band), prepared once per pooled connection.
/// </summary>
internal sealed class TileQueries
{
    private readonly NpgsqlDataSource dataSource;
    private readonly DataVersionReads versionReads;

    /// <param name="dataSource">the reads' data source: a tile and its data version come from one snapshot, so the replica serves both</param>
    public TileQueries([FromKeyedServices(GazetteerDataSource.ReadsKey)] NpgsqlDataSource dataSource)
    {
        this.dataSource = dataSource;
        versionReads = new DataVersionReads(ReadDataVersionAsync);
    }

    /// <summary>The attributes of each point layer, in the order the layers are written.</summary>
    private static readonly (string Layer, string Columns)[] PointLayerColumns =
    [
        ("county_labels", "code, name, pinyin"),
        ("townships", "code, name, pinyin"),
        ("villages", "code, name, pinyin, category"),
        ("places", "name, pinyin, category, class, provenance"),
        ("pois", "name, category, state, provenance"),
    ];

    private static readonly string[] SqlByZoom =
        Enumerable.Range(0, TileAddress.MaxZoom + 1).Select(SqlAt).ToArray();

    /// <summary>The tile's bytes (uncompressed MVT); empty when nothing lies in it.</summary>
    public async Task<byte[]> TileAsync(TileAddress tile, CancellationToken cancellationToken) =>
        (await VersionedTileAsync(tile, cancellationToken)).Bytes;

    /// <summary>The tile and the data version it was built at (<see cref="DataVersionAsync"/>), read in one snapshot.</summary>
    public async Task<(long Version, byte[] Bytes)> VersionedTileAsync(TileAddress tile, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SqlByZoom[tile.Z], connection);
        command.Parameters.AddWithValue(tile.X);
        command.Parameters.AddWithValue(tile.Y);
        // Already prepared on this pooled connection: no round trip, no parse, no plan.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1));
    }

    /// <summary>
    /// What the data looks like now: the last change_log sequence number. Every write appends there,
    /// so a tile's ETag built from it changes whenever any tile may have changed. Concurrent requests
    /// share reads (<see cref="DataVersionReads"/>), each read started after the request arrived.
    /// </summary>
    public Task<long> DataVersionAsync(CancellationToken cancellationToken) => versionReads.CurrentAsync(cancellationToken);

    private async Task<long> ReadDataVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DataVersionSql, connection);
        await command.PrepareAsync(cancellationToken);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private const string DataVersionSql = "SELECT coalesce(max(seq), 0) FROM change_log";

    /// <summary>The statement for tiles of one zoom ($1 = x, $2 = y): the data version and the tile.</summary>
    private static string SqlAt(int zoom)
    {
        var z = zoom.ToString(CultureInfo.InvariantCulture);
        var margin = ((double)TileLayers.Buffer / TileLayers.Extent).ToString("R", CultureInfo.InvariantCulture);
        var mvtGeom = $"ST_AsMVTGeom(t.geom, box.tile, {TileLayers.Extent}, {TileLayers.Buffer}, true)";
        bool Shows(string layer) => zoom >= TileLayers.MinZoom(layer);

        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"""
            WITH box AS MATERIALIZED (
                SELECT ST_TileEnvelope({z}, $1, $2) AS tile, ST_TileEnvelope({z}, $1, $2, margin => {margin}) AS area
            ),
            points AS MATERIALIZED (
                SELECT t.id, t.layer, t.code, t.name, t.pinyin, t.category, t.class, t.provenance, t.state, {mvtGeom} AS geom
                FROM tile_point t CROSS JOIN box
                WHERE t.min_zoom <= {z} AND t.geom && box.area
            ),
            counties AS (
                SELECT {mvtGeom} AS geom, substr(t.code, 1, 6) AS code, t.name, p.romanized AS pinyin
                FROM tile_boundary t CROSS JOIN box
                LEFT JOIN place p ON p.code = t.code
                WHERE t.zoom = {Math.Min(zoom, TileLayers.MaxDataZoom)} AND t.geom && box.area
            )
            SELECT ({DataVersionSql}), {(Shows("counties") ? $"coalesce((SELECT ST_AsMVT(l, 'counties', {TileLayers.Extent}, 'geom') FROM counties l WHERE l.geom IS NOT NULL), '')" : "''::bytea")}
            """);
        foreach (var (layer, columns) in PointLayerColumns)
        {
            if (!Shows(layer)) continue;
            sql.Append(CultureInfo.InvariantCulture,
                $"\n    || coalesce((SELECT ST_AsMVT(l, '{layer}', {TileLayers.Extent}, 'geom', 'id') FROM (SELECT id, {columns}, geom FROM points WHERE layer = '{layer}' AND geom IS NOT NULL) l), '')");
        }
        return sql.ToString();
    }
}
