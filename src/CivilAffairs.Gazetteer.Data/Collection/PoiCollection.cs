using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>A name collected in the field: name, POI category, WGS84 point, photo reference, note.</summary>
public sealed record PoiCollection(string Name, string Category, Point Point, string? Photo, string? Note);
