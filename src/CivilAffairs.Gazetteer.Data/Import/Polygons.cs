using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>Polygon shapes the division table stores: always a MultiPolygon in SRID 4326.</summary>
internal static class Polygons
{
    public static MultiPolygon AsMultiPolygon(Geometry geometry, GeometryFactory factory)
    {
        var parts = new List<Polygon>();
        for (var i = 0; i < geometry.NumGeometries; i++)
            if (geometry.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
                parts.Add(polygon);
        var multi = factory.CreateMultiPolygon([.. parts]);
        multi.SRID = factory.SRID;
        return multi;
    }

    public static MultiPolygon Union(IEnumerable<MultiPolygon> polygons, GeometryFactory factory) =>
        AsMultiPolygon(UnaryUnionOp.Union(polygons.Cast<Geometry>().ToList(), factory), factory);
}
