using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The order sample places are written in: by the Z-order (Morton code) of their points, so that the
/// places of one map box sit on a few dozen table pages instead of one page each (a bbox page of the
/// places query read ~1,450 pages for 1,600 places written in id order, ~130 in this order).
/// The ids stay as generated; only where the rows lie on disk changes.
/// </summary>
internal static class DiskOrder
{
    // Shanxi and a margin: 110-115 E, 34-41 N.
    private const double MinLon = 110, MinLat = 34, Span = 8;

    public static IEnumerable<PlaceRow> Of(IEnumerable<PlaceRow> places) => places.OrderBy(p => Key(p.Point)).ThenBy(p => p.Id);

    public static ulong Key(Point point) => Interleave(Cell(point.X, MinLon)) | Interleave(Cell(point.Y, MinLat)) << 1;

    private static uint Cell(double degrees, double min) => (uint)Math.Clamp((degrees - min) / Span * 65535, 0, 65535);

    /// <summary>The 16 bits of the value spread to the even bits of the result.</summary>
    private static ulong Interleave(uint value)
    {
        ulong x = value;
        x = (x | x << 8) & 0x00FF00FF;
        x = (x | x << 4) & 0x0F0F0F0F;
        x = (x | x << 2) & 0x33333333;
        x = (x | x << 1) & 0x55555555;
        return x;
    }
}
