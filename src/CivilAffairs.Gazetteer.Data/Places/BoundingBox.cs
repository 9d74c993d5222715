using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A WGS84 box [minLon, minLat, maxLon, maxLat], as in GeoJSON (RFC 7946 §5).</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    private const string Shape = "Write bbox as [minLon, minLat, maxLon, maxLat] in WGS84 degrees, e.g. [111.5, 36.1, 111.9, 36.5].";

    /// <exception cref="InvalidPlaceQueryException">The list is not a valid box; the message says how to fix it.</exception>
    public static BoundingBox From(IReadOnlyList<double> values)
    {
        if (values.Count != 4)
            throw new InvalidPlaceQueryException($"bbox has {values.Count} numbers; it needs exactly 4. {Shape}");
        if (values.Any(v => !double.IsFinite(v)))
            throw new InvalidPlaceQueryException($"bbox contains a number that is not finite. {Shape}");
        var box = new BoundingBox(values[0], values[1], values[2], values[3]);
        foreach (var (name, lon) in new[] { ("minLon", box.MinLon), ("maxLon", box.MaxLon) })
            if (lon is < -180 or > 180)
                throw new InvalidPlaceQueryException($"bbox {name} {Format(lon)} is outside -180..180. {Shape}");
        foreach (var (name, lat) in new[] { ("minLat", box.MinLat), ("maxLat", box.MaxLat) })
            if (lat is < -90 or > 90)
                throw new InvalidPlaceQueryException($"bbox {name} {Format(lat)} is outside -90..90. {Shape}");
        if (box.MinLon > box.MaxLon)
            throw new InvalidPlaceQueryException($"bbox minLon {Format(box.MinLon)} is greater than maxLon {Format(box.MaxLon)}. {Shape}");
        if (box.MinLat > box.MaxLat)
            throw new InvalidPlaceQueryException($"bbox minLat {Format(box.MinLat)} is greater than maxLat {Format(box.MaxLat)}. {Shape}");
        return box;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
