namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>A former name of the place with the given code.</summary>
internal sealed record FormerNameRow(string PlaceCode, string Name, int? FromYear, int? ToYear, bool Approximate, string Source, string Note);
