namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>A registered place or collected POI that a new submission may duplicate, and why (as the duplicate finder says it), stored with the POI.</summary>
public sealed record PoiDuplicate(string Kind, long Id, string Name, double DistanceMeters, string Reason);
