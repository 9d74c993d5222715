using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// Places a point for a unit that has no surveyed coordinates, deterministically from its
/// code: the same data always gives the same points. A township lands anywhere in its
/// county; a village near its township's point (within a radius that shrinks with the number
/// of townships sharing the county), so villages cluster around the township they belong to
/// as they do on the ground, and always inside the county polygon.
/// </summary>
internal sealed class DerivedPoints(GeometryFactory factory)
{
    private const int Attempts = 10_000;
    private readonly Dictionary<Geometry, IndexedPointInAreaLocator> locators = new(ReferenceEqualityComparer.Instance);

    public Point Anywhere(string code, Geometry area) => Place(code, area, area.EnvelopeInternal);

    public Point Near(string code, Geometry area, Point centre, double radius)
    {
        var envelope = new Envelope(centre.X - radius, centre.X + radius, centre.Y - radius, centre.Y + radius);
        envelope = envelope.Intersection(area.EnvelopeInternal);
        return envelope.IsNull ? Anywhere(code, area) : Place(code, area, envelope);
    }

    private Point Place(string code, Geometry area, Envelope box)
    {
        if (!locators.TryGetValue(area, out var locator))
            locators[area] = locator = new IndexedPointInAreaLocator(area);
        var random = new SplitMix64(StableHash(code));
        for (var i = 0; i < Attempts; i++)
        {
            var c = new Coordinate(
                Math.Round(box.MinX + random.NextDouble() * box.Width, 6),
                Math.Round(box.MinY + random.NextDouble() * box.Height, 6));
            if (locator.Locate(c) == Location.Interior)
                return Create(c);
        }
        // The box lies (almost) outside the area: fall back to the whole area, then to a point known to be inside.
        return box.Equals(area.EnvelopeInternal) ? Create(area.InteriorPoint.Coordinate) : Place(code, area, area.EnvelopeInternal);
    }

    private Point Create(Coordinate c)
    {
        var point = factory.CreatePoint(c);
        point.SRID = factory.SRID;
        return point;
    }

    /// <summary>FNV-1a over the code's UTF-16 units: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private struct SplitMix64(ulong state)
    {
        public double NextDouble()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
