using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Coordinates;

/// <summary>Geometries moved from WGS84, as the registry stores them, into another coordinate system.</summary>
public static class GeometryCrs
{
    /// <summary>A copy of <paramref name="geometry"/> with every position converted; the geometry itself when <paramref name="to"/> is WGS84.</summary>
    public static Geometry FromWgs84(Geometry geometry, Crs to)
    {
        if (to == Crs.Wgs84)
            return geometry;
        var copy = geometry.Copy();
        copy.Apply(new Conversion(to));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class Conversion(Crs to) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var converted = CoordinateConverter.Convert(new LonLat(sequence.GetX(i), sequence.GetY(i)), Crs.Wgs84, to);
                sequence.SetX(i, converted.Lon);
                sequence.SetY(i, converted.Lat);
            }
        }
    }
}
