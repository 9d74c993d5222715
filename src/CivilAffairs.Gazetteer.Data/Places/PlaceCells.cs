namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// The cells of place_cell (migration 083) under a box: the 0.1° grid cells it covers, by the
/// arithmetic of place_cells() in SQL, and the cell of wide places. A place whose extent overlaps the
/// box is filed under one of them. Cells are closed, and an extent starting on a cell's line is filed
/// in the cell before it too: a box ending on a line leaves out the cell beyond it.
/// </summary>
internal static class PlaceCells
{
    /// <summary>The cell of the places whose extent touches more than 4 grid cells.</summary>
    public const int Wide = -1;

    /// <summary>
    /// Above this many cells (a box of more than ~0.6° a side) merging the cells stops paying: a
    /// page of such a box takes the GiST index instead.
    /// </summary>
    public const int MaxCells = 36;

    /// <summary>The grid cells under the box and <see cref="Wide"/>; null when they are more than <see cref="MaxCells"/>.</summary>
    public static IReadOnlyList<int>? Covering(BoundingBox box)
    {
        // Same arithmetic as place_cells(): the coordinate times ten, in double precision, rounded.
        var west = (int)Math.Floor(box.MinLon * 10) + 1800;
        var east = Math.Max(west, (int)Math.Ceiling(box.MaxLon * 10) - 1 + 1800);
        var south = (int)Math.Floor(box.MinLat * 10) + 900;
        var north = Math.Max(south, (int)Math.Ceiling(box.MaxLat * 10) - 1 + 900);
        if ((long)(east - west + 1) * (north - south + 1) > MaxCells)
            return null;
        var cells = new List<int>();
        for (var x = west; x <= east; x++)
            for (var y = south; y <= north; y++)
                cells.Add(x * 10000 + y);
        cells.Add(Wide);
        return cells;
    }
}
