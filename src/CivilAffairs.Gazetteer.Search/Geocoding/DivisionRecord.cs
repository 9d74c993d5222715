using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>One row of the division table as the geocoder holds it: any vintage, current or historical.</summary>
public sealed record DivisionRecord(
    long Id,
    string Code,
    DivisionLevel Level,
    string Name,
    string? ParentCode,
    bool IsStatisticalZone,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    LonLat? Point,
    bool PointDerived)
{
    public bool IsValidAt(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);

    /// <summary>The code people write (141024100201, 141024, 1410).</summary>
    public string ShortCode => Code[..DivisionCode.LengthOf(Level)];

    /// <summary>True when <paramref name="other"/> lies inside this unit by code (its own code included).</summary>
    public bool Contains(DivisionRecord other) => other.Level >= Level && other.Code.StartsWith(ShortCode, StringComparison.Ordinal);
}
