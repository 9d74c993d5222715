namespace CivilAffairs.Gazetteer.Search;

/// <summary>Checks the point a search is biased to (WGS84 degrees).</summary>
internal static class SearchPoint
{
    public static (double Lon, double Lat)? Read(NetTopologySuite.Geometries.Point? near)
    {
        if (near is null) return null;
        var (lon, lat) = (near.X, near.Y);
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
            throw new InvalidSearchException($"near ({lon}, {lat}) is not a WGS84 point: longitude must lie in [-180, 180] and latitude in [-90, 90].", "near");
        return (lon, lat);
    }
}
