namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A name a place bore, with the years it was in use.</summary>
public sealed record NameUse(long PlaceId, string Name, int? From, int? To, bool Approximate);
