namespace CivilAffairs.Gazetteer.Coordinates;

/// <summary>
/// WGS84 ⇄ GCJ-02 ⇄ BD-09 with the well-known public formulas. GCJ-02 offsets only points
/// inside China (the usual bounding box); outside it the three systems coincide. The inverse
/// of GCJ-02 has no closed form, so it is found by fixed-point iteration to well under a metre.
/// </summary>
public static class CoordinateConverter
{
    private const double Axis = 6378245.0;
    private const double Eccentricity2 = 0.00669342162296594323;
    private const double BaiduPi = Math.PI * 3000.0 / 180.0;

    public static LonLat Convert(LonLat point, Crs from, Crs to)
    {
        if (!point.IsValid)
            throw new ArgumentOutOfRangeException(nameof(point), point.Problem);
        if (from == to)
            return point;
        var wgs = from switch
        {
            Crs.Wgs84 => point,
            Crs.Gcj02 => Gcj02ToWgs84(point),
            _ => Gcj02ToWgs84(Bd09ToGcj02(point)),
        };
        return to switch
        {
            Crs.Wgs84 => wgs,
            Crs.Gcj02 => Wgs84ToGcj02(wgs),
            _ => Gcj02ToBd09(Wgs84ToGcj02(wgs)),
        };
    }

    public static bool IsInsideChina(LonLat p) => p.Lon is >= 72.004 and <= 137.8347 && p.Lat is >= 0.8293 and <= 55.8271;

    public static LonLat Wgs84ToGcj02(LonLat p)
    {
        if (!IsInsideChina(p))
            return p;
        var (dLon, dLat) = Offset(p);
        return new LonLat(p.Lon + dLon, p.Lat + dLat);
    }

    /// <summary>Iterates w ← w − (gcj(w) − g) until the forward transform lands within 1e-9° (~0.1 mm).</summary>
    public static LonLat Gcj02ToWgs84(LonLat gcj)
    {
        if (!IsInsideChina(gcj))
            return gcj;
        var wgs = gcj;
        for (var i = 0; i < 30; i++)
        {
            var forward = Wgs84ToGcj02(wgs);
            var errLon = forward.Lon - gcj.Lon;
            var errLat = forward.Lat - gcj.Lat;
            wgs = new LonLat(wgs.Lon - errLon, wgs.Lat - errLat);
            if (Math.Abs(errLon) < 1e-9 && Math.Abs(errLat) < 1e-9)
                break;
        }
        return wgs;
    }

    public static LonLat Gcj02ToBd09(LonLat p)
    {
        var z = Math.Sqrt(p.Lon * p.Lon + p.Lat * p.Lat) + 0.00002 * Math.Sin(p.Lat * BaiduPi);
        var theta = Math.Atan2(p.Lat, p.Lon) + 0.000003 * Math.Cos(p.Lon * BaiduPi);
        return new LonLat(z * Math.Cos(theta) + 0.0065, z * Math.Sin(theta) + 0.006);
    }

    public static LonLat Bd09ToGcj02(LonLat p)
    {
        var x = p.Lon - 0.0065;
        var y = p.Lat - 0.006;
        var z = Math.Sqrt(x * x + y * y) - 0.00002 * Math.Sin(y * BaiduPi);
        var theta = Math.Atan2(y, x) - 0.000003 * Math.Cos(x * BaiduPi);
        return new LonLat(z * Math.Cos(theta), z * Math.Sin(theta));
    }

    private static (double DLon, double DLat) Offset(LonLat p)
    {
        var x = p.Lon - 105.0;
        var y = p.Lat - 35.0;
        var dLat = LatitudeShift(x, y);
        var dLon = LongitudeShift(x, y);
        var radLat = p.Lat / 180.0 * Math.PI;
        var magic = 1 - Eccentricity2 * Math.Pow(Math.Sin(radLat), 2);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (Axis * (1 - Eccentricity2) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (Axis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLon, dLat);
    }

    private static double LatitudeShift(double x, double y) =>
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x))
        + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
        + (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
        + (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320.0 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;

    private static double LongitudeShift(double x, double y) =>
        300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x))
        + (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0
        + (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
        + (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
}
