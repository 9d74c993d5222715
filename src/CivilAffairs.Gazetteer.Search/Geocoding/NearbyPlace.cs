using CivilAffairs.Gazetteer.Coordinates;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>A place near the asked point, with its geodesic distance; <see cref="Point"/> is in the CRS asked for.</summary>
public sealed record NearbyPlace(long PlaceId, string Name, string? Code, string Category, LonLat Point, double DistanceMeters);
