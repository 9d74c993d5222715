using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// One record as read from a file, before validation: its location, its original text (for
/// the rejects file), its values by column/property name, and for GeoJSON the geometry
/// already read. Problems are those found while reading (broken quoting, unreadable geometry).
/// </summary>
internal sealed record SourceRecord(
    PlaceFileLocation Location,
    string Raw,
    IReadOnlyDictionary<string, string> Values,
    Geometry? Geometry,
    IReadOnlyList<string> Problems);
