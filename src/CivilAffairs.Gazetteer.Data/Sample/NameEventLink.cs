namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A side of an event: a historical_name row when the sample holds one, else the name alone.</summary>
internal sealed record NameEventLink(string Role, long? HistoricalNameId, string Name);
