namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A citation of a historical name: source, page, note and how certain the source is (certain, probable, uncertain).</summary>
internal sealed record HistoricalCitationRow(string Source, string? Page, string? Note, string Certainty);
