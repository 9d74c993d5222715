using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A protected historical name: the real CHGIS record (name, years, point, type, id) with
/// sample protection-list fields (level, batch, date, category, measures, evidence, status, dynasty).
/// </summary>
internal sealed record HistoricalNameRow(
    long Id, ChgisRecord Record, Point Point, string Dynasty, string Status, string Evolution,
    string ListLevel, string ListBatch, DateOnly ListDate, string ListCategory, string Evidence, string[] ProtectionMeasures,
    string? DivisionCode, Romanization? Romanization);
