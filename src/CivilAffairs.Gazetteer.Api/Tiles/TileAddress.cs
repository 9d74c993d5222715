using System.Globalization;

namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>A tile of the Web Mercator (EPSG:3857) pyramid, as in /tiles/{z}/{x}/{y}.mvt: x east, y south.</summary>
internal readonly record struct TileAddress(int Z, int X, int Y)
{
    /// <summary>The deepest zoom served. Data is generalised up to <see cref="TileLayers.MaxDataZoom"/>; deeper tiles are finer cuts of the same features.</summary>
    public const int MaxZoom = 22;

    /// <summary>Reads the path's three numbers, or says in words what is wrong with them.</summary>
    public static bool TryParse(string z, string x, string y, out TileAddress address, out string problem)
    {
        address = default;
        if (!int.TryParse(z, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var zoom) || zoom < 0 || zoom > MaxZoom)
        {
            problem = $"Zoom '{z}' is not valid: give a whole number from 0 to {MaxZoom}.";
            return false;
        }
        var size = 1L << zoom;
        if (!long.TryParse(x, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var column) || column < 0 || column >= size)
        {
            problem = $"Tile column x = '{x}' is out of range for zoom {zoom}: it must be a whole number from 0 to {size - 1}.";
            return false;
        }
        if (!long.TryParse(y, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var row) || row < 0 || row >= size)
        {
            problem = $"Tile row y = '{y}' is out of range for zoom {zoom}: it must be a whole number from 0 to {size - 1}.";
            return false;
        }
        address = new TileAddress(zoom, (int)column, (int)row);
        problem = "";
        return true;
    }

    /// <summary>West edge in degrees of longitude.</summary>
    public double West => X / (double)(1L << Z) * 360.0 - 180.0;

    /// <summary>East edge in degrees of longitude.</summary>
    public double East => (X + 1) / (double)(1L << Z) * 360.0 - 180.0;

    /// <summary>North edge in degrees of latitude.</summary>
    public double North => Latitude(Y);

    /// <summary>South edge in degrees of latitude.</summary>
    public double South => Latitude(Y + 1);

    /// <summary>The tile that holds a point at a zoom (for tests, benchmarks and the explorer's start view).</summary>
    public static TileAddress Containing(double lon, double lat, int zoom)
    {
        var size = 1L << zoom;
        var x = (long)Math.Floor((lon + 180.0) / 360.0 * size);
        var radians = lat * Math.PI / 180.0;
        var y = (long)Math.Floor((1.0 - Math.Log(Math.Tan(radians) + 1.0 / Math.Cos(radians)) / Math.PI) / 2.0 * size);
        return new TileAddress(zoom, (int)Math.Clamp(x, 0, size - 1), (int)Math.Clamp(y, 0, size - 1));
    }

    public override string ToString() => $"{Z}/{X}/{Y}";

    private double Latitude(long row)
    {
        var n = Math.PI - 2.0 * Math.PI * row / (1L << Z);
        return 180.0 / Math.PI * Math.Atan(Math.Sinh(n));
    }
}
