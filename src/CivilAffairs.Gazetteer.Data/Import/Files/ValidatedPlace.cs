using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>A record whose values passed the checks that need no database, typed.</summary>
internal sealed record ValidatedPlace(
    string? Code,
    string Name,
    string Category,
    DivisionCode Division,
    Geometry Geometry,
    Point Point,
    string[] Aliases,
    string? Specific,
    string? Generic,
    string? ShortName,
    string? Meaning,
    string? Origin,
    string? History,
    string? Description,
    string Status,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? ApprovalAuthority,
    string? ApprovalDocument,
    DateOnly? ApprovalDate,
    DateOnly? AnnouncementDate,
    string? Sources);
