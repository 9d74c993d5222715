using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.Collection;

/// <summary>A collected name as the API reads it; <see cref="Duplicates"/> is the detector's JSON from submission.</summary>
internal sealed record PoiRecord(
    long Id, string Name, string Category, Point Point, string? DivisionCode, string State, string CollectedBy, DateTimeOffset CollectedAt,
    string? Photo, string? Note, long? PlaceId, string Provenance, int Version, string Duplicates, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? ReviewNote);
