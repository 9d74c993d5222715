using System.Globalization;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// A validated filter over places; every part narrows the result (AND). Division prefixes are
/// the short codes (141024) of the units the place must lie in by its division code;
/// <see cref="InDivision"/> is the full code of a unit it must lie in by that unit's polygon.
/// </summary>
public sealed record PlaceFilter(
    IReadOnlyList<string> DivisionPrefixes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<PlaceStatus> Statuses,
    IReadOnlyList<Provenance> Provenances,
    BoundingBox? BoundingBox,
    string? Text = null,
    RadiusFilter? Near = null,
    IReadOnlyList<PolygonFilter>? Polygons = null,
    DivisionCode? InDivision = null)
{
    /// <summary>The widest radius asked for: farther than any two points of Shanxi lie apart.</summary>
    public const double MaxRadiusMeters = 1_000_000;

    public const int MaxTextLength = 100;

    public static PlaceFilter None { get; } = new([], [], [], [], null);

    /// <exception cref="InvalidPlaceQueryException">A part of the input is malformed.</exception>
    public static PlaceFilter From(PlaceFilterInput? input)
    {
        if (input is null)
            return None;
        var prefixes = new List<string>();
        if (input.DivisionCode is not null)
        {
            if (!DivisionCode.TryParse(input.DivisionCode, out var code))
                throw new InvalidPlaceQueryException("filter.divisionCode: " + DivisionCode.Explain(input.DivisionCode));
            prefixes.Add(code.Short);
        }
        DivisionCode? inDivision = null;
        if (input.InDivision is not null)
        {
            if (!DivisionCode.TryParse(input.InDivision, out var code))
                throw new InvalidPlaceQueryException("filter.inDivision: " + DivisionCode.Explain(input.InDivision));
            inDivision = code;
        }
        return new PlaceFilter(
            prefixes,
            input.Categories ?? [],
            input.Statuses ?? [],
            input.Provenance ?? [],
            input.Bbox is null ? null : BoundingBox.From(input.Bbox),
            TextOf(input.Text),
            NearOf(input),
            PolygonsOf(input),
            inDivision);
    }

    /// <summary>This filter, further limited to the places inside the division <paramref name="code"/>.</summary>
    public PlaceFilter Within(DivisionCode code) => this with { DivisionPrefixes = [.. DivisionPrefixes, code.Short] };

    private static string? TextOf(string? text)
    {
        if (text is null)
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            throw new InvalidPlaceQueryException("filter.text is empty: give part of a name (洪洞) or its pinyin (hongtong), or leave text out.");
        if (trimmed.Length > MaxTextLength)
            throw new InvalidPlaceQueryException($"filter.text has {trimmed.Length} characters; give at most {MaxTextLength}.");
        return trimmed;
    }

    private static RadiusFilter? NearOf(PlaceFilterInput input)
    {
        if (input.Near is null)
        {
            if (input.RadiusMeters is not null)
                throw new InvalidPlaceQueryException("filter.radiusMeters needs filter.near, the point to measure from: near: { lon: 111.67, lat: 36.25 }.");
            return null;
        }
        var given = new LonLat(input.Near.Lon, input.Near.Lat);
        if (!given.IsValid)
            throw new InvalidPlaceQueryException("filter.near: " + given.Problem);
        var wgs84 = CoordinateConverter.Convert(given, input.Near.Crs, Crs.Wgs84);
        if (input.RadiusMeters is { } meters && (!double.IsFinite(meters) || meters <= 0 || meters > MaxRadiusMeters))
            throw new InvalidPlaceQueryException(
                $"filter.radiusMeters is {meters.ToString(CultureInfo.InvariantCulture)}; give a distance in metres above 0 and at most {MaxRadiusMeters.ToString("N0", CultureInfo.InvariantCulture)}.");
        return new RadiusFilter(GeometryText.Wgs84.CreatePoint(new Coordinate(wgs84.Lon, wgs84.Lat)), input.RadiusMeters);
    }

    private static List<PolygonFilter> PolygonsOf(PlaceFilterInput input)
    {
        var polygons = new List<PolygonFilter>();
        if (input.Within is { } within)
            polygons.Add(new(GeometryText.CheckPolygon(within, "filter.within"), SpatialRelation.Within));
        if (input.WithinWkt is { } withinWkt)
            polygons.Add(new(GeometryText.CheckPolygon(GeometryText.ReadWkt(withinWkt, "filter.withinWkt"), "filter.withinWkt"), SpatialRelation.Within));
        if (input.Intersects is { } intersects)
            polygons.Add(new(GeometryText.CheckPolygon(intersects, "filter.intersects"), SpatialRelation.Intersects));
        if (input.IntersectsWkt is { } intersectsWkt)
            polygons.Add(new(GeometryText.CheckPolygon(GeometryText.ReadWkt(intersectsWkt, "filter.intersectsWkt"), "filter.intersectsWkt"), SpatialRelation.Intersects));
        return polygons;
    }
}
