namespace CivilAffairs.Gazetteer.Bench.Maps;

/// <summary>Tile addresses for a benchmark: zooms 8 to 14 in turn, at seeded random points over the box around Shanxi.</summary>
internal static class TileMix
{
    private const double West = 110.1, South = 34.5, East = 114.7, North = 40.8;

    public static IReadOnlyList<string> Over(int count, int seed)
    {
        var random = new Random(seed);
        var tiles = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var zoom = 8 + i % 7;
            var lon = West + random.NextDouble() * (East - West);
            var lat = South + random.NextDouble() * (North - South);
            var size = 1L << zoom;
            var x = (long)Math.Floor((lon + 180.0) / 360.0 * size);
            var radians = lat * Math.PI / 180.0;
            var y = (long)Math.Floor((1.0 - Math.Log(Math.Tan(radians) + 1.0 / Math.Cos(radians)) / Math.PI) / 2.0 * size);
            tiles.Add($"tiles/{zoom}/{x}/{y}.mvt");
        }
        return tiles;
    }
}
