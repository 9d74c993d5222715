using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>One unit of a match's chain, province first; <see cref="Code"/> is the 12-digit form.</summary>
public sealed record ChainLink(string Code, string Name, DivisionLevel Level);
