using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>A geocode result with the coordinate system the request asked its points in.</summary>
internal sealed record GeocodeAnswer(GeocodeResult Result, Crs Crs);
