using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>One row of historical_name as the API reads it. Years have no 0; negative years are BCE.</summary>
internal sealed record HistoricalNameRecord(
    long Id, string Name, string? Traditional, string? Reading, string? PinyinKey, string? FeatureType,
    HistoricalSpan Span, string? AroseEra, int? AroseYear, string? Dynasty, string? Status,
    Geometry? Geometry, string? Location, string? Meaning, string? Origin, string? Evolution,
    string? ListLevel, string? ListBatch, DateOnly? ListDate, string? ListCategory, string? Evidence, string[] ProtectionMeasures,
    long? PlaceId, string? DivisionCode, string? SourceId, string Provenance);
