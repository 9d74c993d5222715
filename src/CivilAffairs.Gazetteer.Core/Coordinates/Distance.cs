namespace CivilAffairs.Gazetteer.Coordinates;

/// <summary>Great-circle distance on a sphere of the mean Earth radius: good to ~0.5%, enough for "within 1 m" checks.</summary>
public static class Distance
{
    private const double EarthRadiusMeters = 6371008.8;

    public static double Meters(LonLat a, LonLat b)
    {
        var dLat = double.DegreesToRadians(b.Lat - a.Lat);
        var dLon = double.DegreesToRadians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(double.DegreesToRadians(a.Lat)) * Math.Cos(double.DegreesToRadians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
