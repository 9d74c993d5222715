using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>What a place's geometry must be: a point, line or polygon (or their Multi forms) in
/// lon/lat degrees inside Shanxi, and valid by the OGC rules (no self-intersections).</summary>
internal static class GeometryChecks
{
    public static IEnumerable<string> Problems(Geometry geometry)
    {
        if (geometry is not (Point or LineString or Polygon or MultiPoint or MultiLineString or MultiPolygon))
        {
            yield return $"the geometry is a {geometry.GeometryType}; a place is a Point, LineString or Polygon (or MultiPoint, MultiLineString, MultiPolygon).";
            yield break;
        }
        if (geometry.IsEmpty)
        {
            yield return "the geometry is empty.";
            yield break;
        }

        var outOfRange = geometry.Coordinates.FirstOrDefault(c =>
            !double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90);
        if (outOfRange is not null)
        {
            yield return $"coordinate ({outOfRange.X}, {outOfRange.Y}) is out of range: longitude must be within -180..180 and latitude within -90..90 " +
                         (ShanxiExtent.Box.Contains(outOfRange.Y, outOfRange.X)
                             ? "; longitude and latitude look swapped: longitude comes first."
                             : " (decimal degrees, WGS84/CGCS2000 — not projected metres).");
            yield break;
        }

        var outside = geometry.Coordinates.FirstOrDefault(c => !ShanxiExtent.Box.Contains(c));
        if (outside is not null)
        {
            var swapped = ShanxiExtent.Box.Contains(outside.Y, outside.X);
            yield return $"coordinate ({outside.X}, {outside.Y}) lies outside Shanxi ({ShanxiExtent.Description})" +
                         (swapped ? "; longitude and latitude look swapped: longitude comes first." : "; check the coordinates.");
            yield break;
        }

        var validity = new IsValidOp(geometry).ValidationError;
        if (validity is not null)
            yield return $"the geometry is not valid: {validity.Message} at ({validity.Coordinate.X}, {validity.Coordinate.Y})" +
                         (validity.ErrorType is TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection
                             ? "; a polygon's boundary must not cross itself." : ".");
    }

    /// <summary>A point on or in the geometry, for labels, distances and the county check.</summary>
    public static Point RepresentativePoint(Geometry geometry)
    {
        var point = geometry as Point ?? geometry.InteriorPoint;
        point.SRID = 4326;
        return point;
    }
}
