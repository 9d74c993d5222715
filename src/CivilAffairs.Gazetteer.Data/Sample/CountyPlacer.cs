using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Places geometries inside a county polygon: points by rejection sampling in the polygon's
/// envelope, lines as short random walks and areas as star-shaped polygons around a point,
/// each kept only when the prepared county polygon contains all of it. Prepared geometries
/// build their indexes lazily and are not safe to share between threads, so each placer
/// prepares its own: use one placer per thread.
/// </summary>
internal sealed class CountyPlacer(GeometryFactory factory)
{
    private const int Attempts = 40;

    private readonly Dictionary<string, IPreparedGeometry> prepared = [];

    public Point Point(CountyArea county, Random random)
    {
        var envelope = county.Boundary.EnvelopeInternal;
        while (true)
        {
            var point = factory.CreatePoint(new Coordinate(
                envelope.MinX + random.NextDouble() * envelope.Width,
                envelope.MinY + random.NextDouble() * envelope.Height));
            if (Prepared(county).Contains(point))
                return point;
        }
    }

    /// <summary>The geometry for <paramref name="shape"/> and its representative point.</summary>
    public (Geometry Geometry, Point Point) Place(CountyArea county, SampleShape shape, Random random)
    {
        var start = Point(county, random);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Later attempts shrink the shape, so a place near a narrow border still fits.
            var scale = 1.0 / (1 + attempt / 4);
            Geometry candidate = shape switch
            {
                SampleShape.ShortLine => Walk(start, 2 + random.Next(4), 0.002 * scale, 0.008 * scale, random),
                SampleShape.LongLine => Walk(start, 5 + random.Next(10), 0.008 * scale, 0.025 * scale, random),
                SampleShape.SmallArea => Star(start, 0.0008 * scale, 0.003 * scale, random),
                SampleShape.LargeArea => Star(start, 0.003 * scale, 0.012 * scale, random),
                _ => start,
            };
            if (Prepared(county).Contains(candidate))
                return (candidate, shape is SampleShape.ShortLine or SampleShape.LongLine ? LineMiddle((LineString)candidate) : start);
        }
        return (start, start);
    }

    private IPreparedGeometry Prepared(CountyArea county)
    {
        if (!prepared.TryGetValue(county.Code, out var geometry))
            prepared[county.Code] = geometry = PreparedGeometryFactory.Prepare(county.Boundary);
        return geometry;
    }

    private LineString Walk(Point start, int segments, double minStep, double maxStep, Random random)
    {
        var coordinates = new Coordinate[segments + 1];
        coordinates[0] = start.Coordinate.Copy();
        var heading = random.NextDouble() * 2 * Math.PI;
        for (var i = 1; i <= segments; i++)
        {
            heading += (random.NextDouble() - 0.5) * 0.9;
            var step = minStep + random.NextDouble() * (maxStep - minStep);
            coordinates[i] = new Coordinate(coordinates[i - 1].X + step * Math.Cos(heading), coordinates[i - 1].Y + step * Math.Sin(heading));
        }
        return factory.CreateLineString(coordinates);
    }

    private Polygon Star(Point center, double minRadius, double maxRadius, Random random)
    {
        var corners = 6 + random.Next(5);
        var ring = new Coordinate[corners + 1];
        for (var i = 0; i < corners; i++)
        {
            var angle = 2 * Math.PI * i / corners;
            var radius = minRadius + random.NextDouble() * (maxRadius - minRadius);
            ring[i] = new Coordinate(center.X + radius * Math.Cos(angle), center.Y + radius * Math.Sin(angle) * 0.8);
        }
        ring[corners] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }

    private Point LineMiddle(LineString line) => factory.CreatePoint(line.GetCoordinateN(line.NumPoints / 2).Copy());
}
