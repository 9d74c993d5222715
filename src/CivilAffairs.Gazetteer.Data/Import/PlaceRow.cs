using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>A division's own place as the real import writes it (code = the division's 12-digit code).</summary>
internal sealed record PlaceRow(
    string Code,
    PlaceNameParts Name,
    string Category,
    string[] Aliases,
    string DivisionCode,
    string[] DivisionCodes,
    Geometry Geom,
    Point Point,
    bool GeomDerived,
    string Status,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string Sources);
