namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>A source for a historical name: what, where in it, a note, and how certain (certain, probable, uncertain).</summary>
internal sealed record Citation(long HistoricalNameId, string Source, string? Page, string? Note, string? Certainty);
