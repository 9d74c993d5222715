using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>One match with the coordinate system the request asked its point in.</summary>
internal sealed record GeocodeMatchAnswer(GeocodeMatch Match, Crs Crs);
