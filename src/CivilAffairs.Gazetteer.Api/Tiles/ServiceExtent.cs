namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// The box around Shanxi (110°14′–114°33′ E, 34°34′–40°44′ N) with a few kilometres to spare: a tile
/// wholly outside it is empty without asking the database, the file importer rejects places outside
/// it, and TileJSON announces it as the bounds.
/// </summary>
internal static class ServiceExtent
{
    public const double West = 110.1, South = 34.5, East = 114.7, North = 40.8;

    /// <summary>Where the explorer opens: the middle of the province.</summary>
    public const double CenterLon = 112.4, CenterLat = 37.6;

    public static bool Touches(TileAddress tile) =>
        tile.West <= East && tile.East >= West && tile.South <= North && tile.North >= South;
}
