using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A validated WGS84 polygon (or multipolygon) and how places must relate to it.</summary>
public sealed record PolygonFilter(Geometry Polygon, SpatialRelation Relation);
