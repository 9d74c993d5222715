namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>A historical name in a page, with its cursor.</summary>
internal sealed record HistoricalNameEdge(HistoricalNameRecord Node, string Cursor);
