using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A generated point of interest collected in the field.</summary>
internal sealed record PoiRow(
    long Id, string Name, string Category, Point Point, string DivisionCode, string State, string CollectedBy,
    DateTimeOffset CollectedAt, string? Note, long? PlaceId, Romanization? Romanization);
