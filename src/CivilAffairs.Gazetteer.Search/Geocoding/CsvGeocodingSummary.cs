namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>What a geocoded file held: rows written, and how many matched or were ambiguous.</summary>
public sealed record CsvGeocodingSummary(long Rows, long Matched, long Ambiguous);
