using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// A unit an address resolved to. <see cref="Point"/> is the division's point in WGS84 (null when the
/// data has none); <see cref="PointDerived"/> says it was placed by the importer, not surveyed.
/// </summary>
public sealed record GeocodeMatch(
    string Code,
    string Name,
    DivisionLevel Level,
    IReadOnlyList<ChainLink> Chain,
    LonLat? Point,
    bool PointDerived,
    double Confidence)
{
    public LonLat? PointIn(Crs crs) => Point is { } p ? CoordinateConverter.Convert(p, Crs.Wgs84, crs) : null;
}
