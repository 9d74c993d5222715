using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PointInputGraphType : InputObjectGraphType<PointInput>
{
    public PointInputGraphType()
    {
        Name = "PointInput";
        Description = "A point in degrees, longitude first, in the coordinate system crs names (WGS84 unless said).";
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude, -180 to 180.");
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude, -90 to 90.");
        Field<CrsGraphType>("crs").Description("The coordinate system of lon and lat: WGS84 (GPS), GCJ02 (Amap, Tencent) or BD09 (Baidu).").DefaultValue(Crs.Wgs84);
    }
}
