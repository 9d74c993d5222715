using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The geometry factory of imported places (SRID 4326: WGS84, and CGCS2000 which differs
/// from it by centimetres) and the translation of NTS's reading errors into advice.
/// </summary>
internal static class GeometryReading
{
    public static NtsGeometryServices Services { get; } = new(PrecisionModel.Floating.Value, 4326);

    public static GeometryFactory Factory { get; } = Services.CreateGeometryFactory();

    public static string Explain(Exception error) => error.Message switch
    {
        var m when m.Contains("closed", StringComparison.OrdinalIgnoreCase) =>
            "a polygon ring is not closed: its last point must repeat its first.",
        var m when m.Contains("LinearRing", StringComparison.OrdinalIgnoreCase) || m.Contains("4 points", StringComparison.Ordinal) =>
            "a polygon ring needs at least 4 points (3 corners and the first repeated at the end).",
        var m => $"the geometry cannot be read: {m}",
    };
}
