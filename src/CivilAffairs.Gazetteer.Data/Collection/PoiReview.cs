namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>A review of a collected name from the version the reviewer read; <see cref="MergeInto"/> is the place a merge joins.</summary>
public sealed record PoiReview(long PoiId, int Version, PoiDecision Decision, long? MergeInto, string? Note);
