using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A WGS84 point and, optionally, how far from it (metres on the ellipsoid) a place may lie.</summary>
public sealed record RadiusFilter(Point Center, double? Meters);
