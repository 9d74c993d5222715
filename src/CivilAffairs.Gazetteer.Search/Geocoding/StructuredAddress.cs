namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>An address already split into its levels; any part may be missing or hold a short form.</summary>
public sealed record StructuredAddress(
    string? Province = null,
    string? City = null,
    string? County = null,
    string? Township = null,
    string? Village = null,
    string? Detail = null,
    DateOnly? AsOf = null);
