using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>One row of place, as the API reads it.</summary>
public sealed record PlaceRecord(
    long Id,
    string? Code,
    string Name,
    string? Specific,
    string? Generic,
    StoredRomanization? Romanization,
    string Category,
    PlaceStatus Status,
    Provenance Provenance,
    IReadOnlyList<string> Aliases,
    string? DivisionCode,
    Geometry Geometry,
    Point Point,
    string? Meaning,
    string? Origin,
    string? History,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    int Version);
