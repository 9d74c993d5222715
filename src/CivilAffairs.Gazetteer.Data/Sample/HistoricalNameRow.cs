using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A protected historical name: the real CHGIS record (name, attested years, point, type, id) with
/// the sample protection-list record on top (years in use around the attestation for villages,
/// meaning, origin, evolution, level, batch, category, measures, evidence, status, citations).
/// </summary>
internal sealed record HistoricalNameRow(
    long Id, ChgisRecord Record, Point Point, string Dynasty, string Status,
    HistoricalYears Years, HistoricalStory Story,
    string ListLevel, string ListBatch, DateOnly ListDate, string ListCategory, string Evidence, string[] ProtectionMeasures,
    string? DivisionCode, Romanization Romanization, IReadOnlyList<HistoricalCitationRow> Citations);
