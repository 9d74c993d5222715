using CivilAffairs.Gazetteer.Coordinates;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class CrsGraphType : EnumerationGraphType
{
    public CrsGraphType()
    {
        Name = "Crs";
        Description = "The coordinate system of points in and out. The registry stores WGS84 (CGCS2000).";
        Add("WGS84", Crs.Wgs84, "GPS / CGCS2000, what the registry stores.");
        Add("GCJ02", Crs.Gcj02, "国测局 offset coordinates, used by Amap and Tencent maps.");
        Add("BD09", Crs.Bd09, "Baidu's offset on top of GCJ-02.");
    }
}
