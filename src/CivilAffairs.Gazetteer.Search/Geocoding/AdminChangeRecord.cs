namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>A dated change between division units (rename, merge, split, ...), by division id, with the approving document.</summary>
public sealed record AdminChangeRecord(long Id, DateOnly Date, string Kind, IReadOnlyList<long> From, IReadOnlyList<long> To, string? Document = null, string? Note = null);
