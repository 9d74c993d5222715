using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>A row of the division table as the real import writes it.</summary>
internal sealed record DivisionRow(
    string Code,
    string Level,
    string Name,
    string? ShortName,
    string? ParentCode,
    bool IsStatisticalZone,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    MultiPolygon? Boundary,
    Point Point,
    bool PointDerived,
    string Source);
