namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// Which zoom-<see cref="Zoom"/> tiles of the box around Shanxi hold anything a tile draws (a county
/// polygon, with the tile buffer around each cell, or a point, with its neighbour cells), as of one
/// data version. A tile that touches no such cell is empty and is answered without PostGIS; the
/// test is conservative: a tile it lets through may still turn out empty, never the reverse.
/// A summed-area table answers any tile of any zoom in constant time.
/// </summary>
internal sealed class TileCoverage
{
    /// <summary>The grid's zoom: about 8 km cells over Shanxi, 4,700 of them over the box.</summary>
    public const int Zoom = 12;

    private readonly int firstX, firstY, columns, rows;

    /// <summary>(columns + 1) × (rows + 1) prefix sums of occupied cells.</summary>
    private readonly int[] sums;

    public TileCoverage(long version, int firstX, int firstY, int columns, int rows, IEnumerable<(int X, int Y)> occupied)
    {
        Version = version;
        (this.firstX, this.firstY, this.columns, this.rows) = (firstX, firstY, columns, rows);
        var cells = new int[columns * rows];
        foreach (var (x, y) in occupied)
        {
            if (x >= firstX && x < firstX + columns && y >= firstY && y < firstY + rows)
                cells[(y - firstY) * columns + (x - firstX)] = 1;
        }
        sums = new int[(columns + 1) * (rows + 1)];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < columns; c++)
            sums[(r + 1) * (columns + 1) + c + 1] = cells[r * columns + c] + sums[r * (columns + 1) + c + 1] + sums[(r + 1) * (columns + 1) + c] - sums[r * (columns + 1) + c];
        OccupiedCells = sums[^1];
    }

    /// <summary>The change_log sequence number the grid was read at.</summary>
    public long Version { get; }

    /// <summary>How many cells hold something (for logs and tests).</summary>
    public int OccupiedCells { get; }

    /// <summary>
    /// Whether anything may be drawn in the tile. Below the grid's zoom a tile spans several cells and
    /// its buffer reaches into the next ones, so one more cell on each side is asked; at or beyond it,
    /// the cell holding the tile (whose buffer holds the tile's buffer).
    /// </summary>
    public bool MayHoldFeatures(TileAddress tile)
    {
        if (tile.Z >= Zoom)
        {
            var shift = tile.Z - Zoom;
            var x = tile.X >> shift;
            var y = tile.Y >> shift;
            return Count(x, y, x, y) > 0;
        }
        var span = 1 << (Zoom - tile.Z);
        return Count(tile.X * span - 1, tile.Y * span - 1, (tile.X + 1) * span, (tile.Y + 1) * span) > 0;
    }

    /// <summary>Occupied cells in the inclusive rectangle of grid tiles (clamped to the grid).</summary>
    private int Count(int fromX, int fromY, int toX, int toY)
    {
        var c0 = Math.Max(fromX - firstX, 0);
        var r0 = Math.Max(fromY - firstY, 0);
        var c1 = Math.Min(toX - firstX, columns - 1);
        var r1 = Math.Min(toY - firstY, rows - 1);
        if (c0 > c1 || r0 > r1) return 0;
        var w = columns + 1;
        return sums[(r1 + 1) * w + c1 + 1] - sums[r0 * w + c1 + 1] - sums[(r1 + 1) * w + c0] + sums[r0 * w + c0];
    }
}
