namespace CivilAffairs.Gazetteer.Coordinates;

/// <summary>The coordinate systems points go out in: the registry stores WGS84 (CGCS2000).</summary>
public enum Crs
{
    /// <summary>GPS / CGCS2000; what the registry stores.</summary>
    Wgs84,
    /// <summary>国测局 "Mars" coordinates used by Amap and Tencent maps.</summary>
    Gcj02,
    /// <summary>Baidu's offset on top of GCJ-02.</summary>
    Bd09,
}
