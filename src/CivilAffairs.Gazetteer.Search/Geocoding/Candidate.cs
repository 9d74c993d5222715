namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// A unit the address may mean, the mentions that support it (its own first), their weighted sum, the
/// share of the chain's levels the address named, and how many characters the support covers.
/// </summary>
internal sealed record Candidate(DivisionRecord Unit, IReadOnlyList<Mention> Support, double Score, double Completeness, int Coverage);
