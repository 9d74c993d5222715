using System.Globalization;
using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// Polygons given by people, as GeoJSON (RFC 7946) or WKT, read and checked: WGS84 degrees in
/// range, rings closed, no self-intersection. Every refusal names the problem and its place.
/// </summary>
public static class GeometryText
{
    public static GeometryFactory Wgs84 { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static JsonSerializerOptions GeoJsonOptions { get; } = new()
    {
        Converters = { new GeoJsonConverterFactory(Wgs84) },
    };

    /// <summary>GeoJSON when the text starts with '{', else WKT.</summary>
    /// <exception cref="InvalidPlaceQueryException">The text is neither, or the geometry is broken.</exception>
    public static Geometry Parse(string text, string what) =>
        text.TrimStart().StartsWith('{') ? ReadGeoJson(text, what) : ReadWkt(text, what);

    public static Geometry ReadGeoJson(string json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<Geometry>(json, GeoJsonOptions)
                ?? throw new InvalidPlaceQueryException($"{what} is null: give a GeoJSON geometry such as {{\"type\": \"Polygon\", \"coordinates\": [[[111.5, 36.1], [111.9, 36.1], [111.9, 36.5], [111.5, 36.1]]]}}.");
        }
        catch (JsonException e)
        {
            throw new InvalidPlaceQueryException($"{what} is not a GeoJSON geometry (RFC 7946): {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new InvalidPlaceQueryException($"{what}: {Explain(e)}");
        }
    }

    public static Geometry ReadWkt(string wkt, string what)
    {
        try
        {
            var geometry = new WKTReader(NtsGeometryServices.Instance).Read(wkt);
            geometry.SRID = 4326;
            return geometry;
        }
        catch (ParseException e)
        {
            throw new InvalidPlaceQueryException($"{what} is not WKT ({e.Message}). Write it like POLYGON((111.5 36.1, 111.9 36.1, 111.9 36.5, 111.5 36.1)), longitude first.");
        }
        catch (ArgumentException e)
        {
            throw new InvalidPlaceQueryException($"{what}: {Explain(e)}");
        }
    }

    /// <summary>Refuses anything but a valid polygon or multipolygon in WGS84 degrees.</summary>
    public static Geometry CheckPolygon(Geometry geometry, string what)
    {
        if (geometry is not (Polygon or MultiPolygon))
            throw new InvalidPlaceQueryException($"{what} is a {geometry.GeometryType}; it must be a Polygon or MultiPolygon.");
        if (geometry.IsEmpty)
            throw new InvalidPlaceQueryException($"{what} is empty; give at least one ring of four positions, the last equal to the first.");
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90)
                throw new InvalidPlaceQueryException(
                    $"{what} has the position ({Format(c.X)}, {Format(c.Y)}), outside WGS84 degrees: longitude must be in [-180, 180] and latitude in [-90, 90], longitude first.");
        }
        var error = new IsValidOp(geometry).ValidationError;
        if (error is not null)
            throw new InvalidPlaceQueryException(
                $"{what} is not a valid polygon: {error.Message} at ({Format(error.Coordinate.X)}, {Format(error.Coordinate.Y)}). Rings must not cross themselves or each other.");
        geometry.SRID = 4326;
        return geometry;
    }

    private static string Explain(ArgumentException e) =>
        e.Message.Contains("closed", StringComparison.OrdinalIgnoreCase)
            ? "a ring is not closed: its last position must equal its first."
            : e.Message;

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
