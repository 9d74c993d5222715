using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Holds the <see cref="TileCoverage"/> of the current data version, read in the background: a
/// request whose data version the coverage does not match goes to PostGIS as before (never a wrong
/// empty tile) and starts a new read, at most one at a time and one per <see cref="RefreshInterval"/>,
/// so a burst of writes costs one read, not one per tile.
/// </summary>
internal sealed class TileCoverageSource([FromKeyedServices(GazetteerDataSource.ReadsKey)] NpgsqlDataSource dataSource, ILogger<TileCoverageSource> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private static readonly string BoundaryCellsSql = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT x, y
        FROM generate_series($1::int, $2::int) AS x CROSS JOIN generate_series($3::int, $4::int) AS y
        WHERE EXISTS (
            SELECT 1 FROM tile_boundary b
            WHERE b.zoom = {TileLayers.MaxDataZoom}
              AND ST_Intersects(b.geom, ST_TileEnvelope({TileCoverage.Zoom}, x, y, margin => {(double)TileLayers.Buffer / TileLayers.Extent})))
        """);

    /// <summary>The grid cell of every point, once; the neighbours are added in memory.</summary>
    private static readonly string PointCellsSql = string.Create(CultureInfo.InvariantCulture, $"""
        SELECT DISTINCT floor((ST_X(geom) + 20037508.342789244) / (40075016.68557849 / {1 << TileCoverage.Zoom}))::int,
                        floor((20037508.342789244 - ST_Y(geom)) / (40075016.68557849 / {1 << TileCoverage.Zoom}))::int
        FROM tile_point
        """);

    private readonly Lock gate = new();
    private TileCoverage? current;
    private int reading;
    private long lastReadStarted = long.MinValue;

    /// <summary>The coverage read last, whatever its version (a guess: confirm with <see cref="At"/>).</summary>
    public TileCoverage? Latest => Volatile.Read(ref current);

    /// <summary>The coverage if it was read at this data version; null otherwise (and a read is started).</summary>
    public TileCoverage? At(long version)
    {
        var coverage = Volatile.Read(ref current);
        if (coverage?.Version == version) return coverage;
        StartRead();
        return null;
    }

    /// <summary>Reads the coverage now and serves tiles from it (tests, and the background read).</summary>
    public async Task<TileCoverage> RefreshAsync(CancellationToken cancellationToken)
    {
        var coverage = await ReadAsync(cancellationToken);
        lock (gate)
        {
            if (current is null || current.Version <= coverage.Version) Volatile.Write(ref current, coverage);
        }
        return coverage;
    }

    private async Task<TileCoverage> ReadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot for the version and both reads, so the grid is exactly that version's.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        long version;
        await using (var command = new NpgsqlCommand("SELECT coalesce(max(seq), 0) FROM change_log", connection, transaction))
            version = (long)(await command.ExecuteScalarAsync(cancellationToken))!;

        var northWest = TileAddress.Containing(ServiceExtent.West, ServiceExtent.North, TileCoverage.Zoom);
        var southEast = TileAddress.Containing(ServiceExtent.East, ServiceExtent.South, TileCoverage.Zoom);
        int firstX = northWest.X - 1, firstY = northWest.Y - 1, lastX = southEast.X + 1, lastY = southEast.Y + 1;

        var occupied = new HashSet<(int X, int Y)>();
        await using (var command = new NpgsqlCommand(BoundaryCellsSql, connection, transaction))
        {
            command.Parameters.AddWithValue(firstX);
            command.Parameters.AddWithValue(lastX);
            command.Parameters.AddWithValue(firstY);
            command.Parameters.AddWithValue(lastY);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                occupied.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }
        await using (var command = new NpgsqlCommand(PointCellsSql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            // A point near a cell's edge lies in the neighbour's buffer too.
            while (await reader.ReadAsync(cancellationToken))
            {
                var (x, y) = (reader.GetInt32(0), reader.GetInt32(1));
                for (var dx = -1; dx <= 1; dx++)
                for (var dy = -1; dy <= 1; dy++)
                    occupied.Add((x + dx, y + dy));
            }
        }
        await transaction.CommitAsync(cancellationToken);

        var coverage = new TileCoverage(version, firstX, firstY, lastX - firstX + 1, lastY - firstY + 1, occupied);
        logger.LogInformation("Tile coverage at data version {Version}: {Occupied} of {Cells} zoom-{Zoom} cells hold features (read in {Elapsed} ms)",
            version, coverage.OccupiedCells, (lastX - firstX + 1) * (lastY - firstY + 1), TileCoverage.Zoom, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return coverage;
    }

    private void StartRead()
    {
        var now = Stopwatch.GetTimestamp();
        if (Interlocked.Read(ref lastReadStarted) > now - (long)(RefreshInterval.TotalSeconds * Stopwatch.Frequency)) return;
        if (Interlocked.CompareExchange(ref reading, 1, 0) != 0) return;
        Interlocked.Exchange(ref lastReadStarted, now);
        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // Tiles keep coming from PostGIS; the next request tries again after the interval.
                logger.LogWarning("Reading the tile coverage failed: {Reason}", e.Message);
            }
            finally
            {
                Volatile.Write(ref reading, 0);
            }
        });
    }
}
