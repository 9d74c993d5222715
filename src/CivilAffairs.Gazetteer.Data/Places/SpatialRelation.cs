namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>How a place's geometry must relate to a polygon of the filter.</summary>
public enum SpatialRelation
{
    /// <summary>Entirely inside (PostGIS ST_Within): a point on the edge does not count.</summary>
    Within,
    /// <summary>Sharing any point with it (ST_Intersects): inside, on the edge or crossing it.</summary>
    Intersects,
}
